import { AppError } from "@/lib/errors";
import { fileNameFor } from "@/lib/server/export/export-formats";
import { getReport } from "@/lib/server/report/get-report";
import { segmentCsv } from "@/lib/server/report/segment-csv";
import { routeHandler } from "@/app/route-handler";
import { fileResponse } from "../../export/file-response";

export const dynamic = "force-dynamic";

/** The report's per-segment table as CSV, with the report's own permission. */
export const GET = routeHandler<{ id: string }>(async ({ actor, params }) => {
  const view = await getReport({ actor, documentId: params.id });
  if (!view) throw new AppError("not_found", "There is no such document.");
  const fileName = fileNameFor(`${view.document.title} segments`, "csv");
  return fileResponse({ fileName, mimeType: "text/csv; charset=utf-8", body: segmentCsv(view.report.segments) });
});
