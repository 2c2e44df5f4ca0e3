import { NextResponse } from "next/server";
import { isAppError, userMessage } from "@/lib/errors";
import { getSegmentDetail } from "@/lib/server/workspace/get-segment-detail";
import { currentActor } from "@/app/session";

/** The editing panel's data for one segment: proposals, reviews and history. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; segmentId: string }> }) {
  try {
    const { id, segmentId } = await params;
    const detail = await getSegmentDetail({ actor: await currentActor(), documentId: Number(id), segmentId: Number(segmentId) });
    return NextResponse.json(detail);
  } catch (error) {
    return NextResponse.json({ message: userMessage(error) }, { status: isAppError(error) ? error.status : 500 });
  }
}
