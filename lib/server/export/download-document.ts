import { AppError } from "@/lib/errors";
import type { Fill } from "@/lib/formats";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { EXPORT_FORMATS, exportDocument, type ExportFormat, type ExportedFile } from "./export-document";

/** A document as a file, for a person allowed to export; the web download and the CLI share this check. */
export async function downloadDocument({ actor, documentId, format, fill = "mt" }: { actor: Actor | null; documentId: number; format: string; fill?: string }): Promise<ExportedFile> {
  requirePermission(actor, "document.export");
  if (!Number.isSafeInteger(documentId) || documentId <= 0) throw new AppError("not_found", "There is no such document.");
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new AppError("not_found", `There is no export format "${format}".`);
  if (fill !== "mt" && fill !== "latest") throw new AppError("bad_input", `Fill an unapproved segment with "mt" or "latest", not "${fill}".`);
  return exportDocument({ documentId, format: format as ExportFormat, fill: fill as Fill });
}
