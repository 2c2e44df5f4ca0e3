"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AppError, type FieldErrors } from "@/lib/errors";
import { isVersoBackup } from "@/lib/formats/detect-format";
import { decodeText } from "@/lib/formats/text-input";
import { importBackup } from "@/lib/server/backup/import-backup";
import { importDocument } from "@/lib/server/documents/import-document";
import { importIntoDocument } from "@/lib/server/documents/import-into-document";
import { runAction } from "@/app/run-action";

export type ImportState = { message: string | null; fieldErrors?: FieldErrors };

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function importDocumentAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  const file = form.get("file");
  // A browser sends an unnamed empty File when none was chosen; a chosen 0-byte file has its name, and decodeText says it is empty.
  const hasFile = file instanceof File && (file.size > 0 || file.name !== "");
  const sourceFile = form.get("sourceFile");
  const hasSource = sourceFile instanceof File && sourceFile.size > 0;
  const into = text(form, "intoDocumentId").trim();
  const outcome = await runAction(async (actor) => {
    const bytes = hasFile ? new Uint8Array(await file.arrayBuffer()) : new TextEncoder().encode(text(form, "text"));
    // Sniffed on the first bytes only: a text import must not pay for decoding its file twice.
    if (isVersoBackup(new TextDecoder().decode(bytes.subarray(0, 8192)))) {
      if (into || hasSource) throw new AppError("bad_input", "A Verso backup restores a whole new document with its own source; leave “Into document” and the source file empty.");
      return importBackup({ actor, json: decodeText(bytes).text });
    }
    if (into) return importIntoDocument({ actor, documentId: into, bytes, fileName: hasFile ? file.name : undefined }).then((result) => ({ id: result.documentId }));
    const title = text(form, "title").trim() || (hasFile ? file.name.replace(/\.[^.]+$/, "") : "");
    return importDocument({
      actor,
      bytes,
      fileName: hasFile ? file.name : undefined,
      source: hasSource ? { bytes: new Uint8Array(await sourceFile.arrayBuffer()), fileName: sourceFile.name } : undefined,
      input: {
        title,
        sourceLanguage: text(form, "sourceLanguage") || "ru",
        targetLanguage: text(form, "targetLanguage") || "en",
        provenance: text(form, "provenance"),
        format: hasFile && /\.(md|markdown)$/i.test(file.name) ? "markdown" : "text",
      },
    });
  });
  if (!outcome.ok) return { message: outcome.message, fieldErrors: outcome.fieldErrors };
  revalidatePath("/");
  redirect(`/documents/${outcome.value.id}`);
}
