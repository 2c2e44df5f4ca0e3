"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AppError, type FieldErrors } from "@/lib/errors";
import { isVersoBackup } from "@/lib/formats/detect-format";
import { backupTooLargeMessage, MAX_BACKUP_UPLOAD_BYTES } from "@/lib/formats/import-size";
import { decodeText } from "@/lib/formats/text-input";
import { importBackup } from "@/lib/server/backup/import-backup";
import { importDocument } from "@/lib/server/documents/import-document";
import { importIntoDocument } from "@/lib/server/documents/import-into-document";
import { runAction } from "@/app/run-action";

/** `imported`: what an import into a document made; the person stays on the page to read it. */
export type ImportState = { message: string | null; fieldErrors?: FieldErrors; imported?: { text: string; href: string } };

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/**
 * The file the person chose, even an empty one (decodeText then says it is empty). An input left empty still sends a
 * nameless 0-byte part, which React's multipart reader turns into a File named "" or "undefined".
 */
function chosenFile(form: FormData, name: string): File | null {
  const file = form.get(name);
  if (!(file instanceof File)) return null;
  return file.size > 0 || (file.name !== "" && file.name !== "undefined") ? file : null;
}

export async function importDocumentAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  const file = chosenFile(form, "file");
  const sourceFile = chosenFile(form, "sourceFile");
  const into = text(form, "intoDocumentId").trim();
  const outcome = await runAction(async (actor) => {
    const bytes = file ? new Uint8Array(await file.arrayBuffer()) : new TextEncoder().encode(text(form, "text"));
    // Sniffed on the first bytes only: a text import must not pay for decoding its file twice.
    if (isVersoBackup(new TextDecoder().decode(bytes.subarray(0, 8192)))) {
      if (into || sourceFile) throw new AppError("bad_input", "A Verso backup restores a whole new document with its own source; leave “Into document” and the source file empty.");
      if (bytes.byteLength > MAX_BACKUP_UPLOAD_BYTES) throw new AppError("too_large", backupTooLargeMessage(bytes.byteLength));
      return importBackup({ actor, json: decodeText(bytes, MAX_BACKUP_UPLOAD_BYTES).text });
    }
    if (into) return importIntoDocument({ actor, documentId: into, bytes, fileName: file?.name }).then((result) => ({ id: result.documentId, into: result }));
    const title = text(form, "title").trim() || (file?.name.replace(/\.[^.]+$/, "") ?? "");
    return importDocument({
      actor,
      bytes,
      fileName: file?.name,
      source: sourceFile ? { bytes: new Uint8Array(await sourceFile.arrayBuffer()), fileName: sourceFile.name } : undefined,
      input: {
        title,
        sourceLanguage: text(form, "sourceLanguage") || "ru",
        targetLanguage: text(form, "targetLanguage") || "en",
        provenance: text(form, "provenance"),
        format: file && /\.(md|markdown)$/i.test(file.name) ? "markdown" : "text",
      },
    });
  });
  if (!outcome.ok) return { message: outcome.message, fieldErrors: outcome.fieldErrors };
  revalidatePath("/");
  // A redirect to the document would not say whether the file changed anything.
  if ("into" in outcome.value) return { message: null, imported: { text: intoDocumentMessage(outcome.value.into), href: `/documents/${outcome.value.id}` } };
  redirect(`/documents/${outcome.value.id}`);
}

function intoDocumentMessage({ documentId, units, proposals }: { documentId: number; units: number; proposals: number }): string {
  const ofUnits = `the file's ${units} unit${units === 1 ? "" : "s"}`;
  if (proposals === 0) return `No new proposal in document ${documentId}: every target of ${ofUnits} is already the sentence's text.`;
  return `${proposals} new proposal${proposals === 1 ? "" : "s"} in document ${documentId}, from ${ofUnits}.`;
}
