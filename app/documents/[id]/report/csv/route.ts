import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import { fileNameFor } from "@/lib/server/export/export-document";
import { getReport } from "@/lib/server/report/get-report";
import { segmentCsv } from "@/lib/server/report/segment-csv";
import { errorResponse, fileResponse } from "../../export/file-response";

export const dynamic = "force-dynamic";

/** The report's per-segment table as CSV, with the report's own permission. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const view = await getReport({ actor: await getActor(request.headers), documentId: /^\d+$/.test(id) ? Number(id) : NaN });
    if (!view) throw new AppError("not_found", "There is no such document.");
    const fileName = fileNameFor(`${view.document.title} segments`, "csv");
    return fileResponse({ fileName, mimeType: "text/csv; charset=utf-8", body: segmentCsv(view.report.segments) });
  } catch (error) {
    return errorResponse(error);
  }
}
