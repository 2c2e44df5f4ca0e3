import { NextResponse, type NextRequest } from "next/server";
import { isAppError, userMessage } from "@/lib/errors";
import { listSegments } from "@/lib/server/workspace/list-segments";
import { currentActor } from "@/app/session";

/** A page of segments for the workspace's virtualised list: GET ?after=<order>&limit=&status=&category=&severity=&q= */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const query = Object.fromEntries(request.nextUrl.searchParams);
    const page = await listSegments({ actor: await currentActor(), documentId: Number((await params).id), query });
    return NextResponse.json(page);
  } catch (error) {
    return NextResponse.json({ message: userMessage(error) }, { status: isAppError(error) ? error.status : 500 });
  }
}
