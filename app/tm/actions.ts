"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { decodeTmxBytes } from "@/lib/formats/tmx-bytes";
import { deleteImportedTmEntries } from "@/lib/server/tm/delete-imported-entries";
import { importTm } from "@/lib/server/tm/import-tm";
import { runAction } from "@/app/run-action";

export type ImportTmState = { ok: boolean; message: string | null };

export async function importTmAction(_previous: ImportTmState, form: FormData): Promise<ImportTmState> {
  const file = form.get("file");
  const outcome = await runAction(async (actor) => {
    if (!(file instanceof File) || file.size === 0) throw new AppError("bad_input", "Choose a TMX file to import.");
    return importTm({ actor, xml: decodeTmxBytes(new Uint8Array(await file.arrayBuffer())), fileName: file.name });
  });
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath("/tm");
  const { imported, skipped, languages } = outcome.value;
  const pairs = languages.map(({ sourceLanguage, targetLanguage }) => `${sourceLanguage} → ${targetLanguage}`).join(", ");
  return { ok: true, message: `Imported ${imported} pair${imported === 1 ? "" : "s"} (${pairs})${skipped ? `; ${skipped} empty, already in the memory or repeated in the file were skipped` : ""}.` };
}

export type DeleteImportedState = { message: string | null };

export async function deleteImportedTmAction(_previous: DeleteImportedState, form: FormData): Promise<DeleteImportedState> {
  const sourceLanguage = String(form.get("sourceLanguage") ?? "");
  const targetLanguage = String(form.get("targetLanguage") ?? "");
  const outcome = await runAction((actor) => deleteImportedTmEntries({ actor, sourceLanguage, targetLanguage }));
  if (!outcome.ok) return { message: outcome.message };
  revalidatePath("/tm");
  // The pair's row may go with its entries, and its form's message with it: the page says what was done.
  redirect(`/tm?${new URLSearchParams({ deleted: String(outcome.value.deleted), source: sourceLanguage, target: targetLanguage })}`);
}
