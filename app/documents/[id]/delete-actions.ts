"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FieldErrors } from "@/lib/errors";
import { deleteDocument } from "@/lib/server/documents/delete-document";
import { runAction } from "@/app/run-action";

export type DeleteDocumentState = { message: string | null; fieldErrors?: FieldErrors };

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Deletes the document once its title is typed again, then shows the list saying so. */
export async function deleteDocumentAction(_previous: DeleteDocumentState, form: FormData): Promise<DeleteDocumentState> {
  const outcome = await runAction((actor) => deleteDocument({ actor, documentId: text(form, "documentId"), confirmTitle: text(form, "confirmTitle") }));
  if (!outcome.ok) return { message: outcome.message, fieldErrors: outcome.fieldErrors };
  revalidatePath("/");
  redirect(`/?${new URLSearchParams({ deleted: outcome.value.title })}`);
}
