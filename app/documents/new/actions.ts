"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { importDocument } from "@/lib/server/documents/import-document";
import { userMessage } from "@/lib/errors";
import { currentActor } from "@/app/session";

export type ImportState = { message: string | null };

export async function importDocumentAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  const file = form.get("file");
  const pasted = String(form.get("text") ?? "");
  const hasFile = file instanceof File && file.size > 0;
  let id: number;
  try {
    const bytes = hasFile ? new Uint8Array(await file.arrayBuffer()) : new TextEncoder().encode(pasted);
    const title = String(form.get("title") ?? "").trim() || (hasFile ? file.name.replace(/\.[^.]+$/, "") : "");
    const result = await importDocument({
      actor: await currentActor(),
      bytes,
      fileName: hasFile ? file.name : undefined,
      input: {
        title,
        sourceLanguage: String(form.get("sourceLanguage") || "ru"),
        targetLanguage: String(form.get("targetLanguage") || "en"),
        provenance: String(form.get("provenance") ?? ""),
        format: hasFile && /\.(md|markdown)$/i.test(file.name) ? "markdown" : "text",
      },
    });
    id = result.id;
  } catch (error) {
    return { message: userMessage(error) };
  }
  revalidatePath("/");
  redirect(`/documents/${id}`);
}
