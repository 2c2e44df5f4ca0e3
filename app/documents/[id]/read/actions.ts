"use server";

import { revalidatePath } from "next/cache";
import type { ReadingView } from "@/lib/server/reading/reading-views";
import { setReadingView } from "@/lib/server/reading/set-reading-view";
import { runAction } from "@/app/run-action";

/** Stores the reader's choice of view on their account; the page reads it back on any device. */
// The use case's schema refuses any other value.
export async function setReadingViewAction(documentId: number, form: FormData) {
  const outcome = await runAction((actor) => setReadingView({ actor, view: String(form.get("view") ?? "") as ReadingView }));
  if (outcome.ok) revalidatePath(`/documents/${documentId}/read`);
}
