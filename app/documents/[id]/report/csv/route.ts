import { AppError } from "@/lib/errors";
import { fileNameFor } from "@/lib/server/export/export-formats";
import { getReportCsv } from "@/lib/server/report/get-report-csv";
import { routeHandler } from "@/app/route-handler";
import { fileResponse } from "../../export/file-response";

export const dynamic = "force-dynamic";

/** The report's per-segment table as CSV, with the report's own permission. */
export const GET = routeHandler<{ id: string }>(async ({ actor, params }) => {
  const found = await getReportCsv({ actor, documentId: params.id });
  if (!found) throw new AppError("not_found", "There is no such document.");
  return fileResponse({ fileName: fileNameFor(`${found.title} segments`, "csv"), mimeType: "text/csv; charset=utf-8", body: found.csv });
});
