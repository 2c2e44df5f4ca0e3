"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AppError, type FieldErrors } from "@/lib/errors";
import { attachGlossary } from "@/lib/server/glossaries/attach-glossary";
import { createGlossary } from "@/lib/server/glossaries/create-glossary";
import { createTerm } from "@/lib/server/glossaries/create-term";
import { deleteGlossary } from "@/lib/server/glossaries/delete-glossary";
import { deleteTerm } from "@/lib/server/glossaries/delete-term";
import { detachGlossary } from "@/lib/server/glossaries/detach-glossary";
import { importGlossary } from "@/lib/server/glossaries/import-glossary";
import { updateGlossary } from "@/lib/server/glossaries/update-glossary";
import { updateTerm } from "@/lib/server/glossaries/update-term";
import { runAction } from "@/app/run-action";

/** `values`: a form's typed fields, shown again after a refusal; `attempt` counts submissions, so the form is drawn afresh each time. */
export type GlossaryFormState = { ok: boolean; message: string | null; fieldErrors?: FieldErrors; values?: Record<string, string>; attempt?: number };

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const failed = (outcome: { message: string; fieldErrors?: FieldErrors }): GlossaryFormState => ({ ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors });
const termFields = (form: FormData) => ({ source: text(form, "source"), preferred: text(form, "preferred"), forbidden: text(form, "forbidden"), note: text(form, "note") });

const glossaryFields = (form: FormData) => ({ name: text(form, "name"), sourceLanguage: text(form, "sourceLanguage"), targetLanguage: text(form, "targetLanguage") });

export async function createGlossaryAction(previous: GlossaryFormState, form: FormData): Promise<GlossaryFormState> {
  const outcome = await runAction((actor) =>
    createGlossary({ actor, name: text(form, "name"), sourceLanguage: text(form, "sourceLanguage") || "ru", targetLanguage: text(form, "targetLanguage") || "en" }),
  );
  if (!outcome.ok) return { ...failed(outcome), values: glossaryFields(form), attempt: (previous.attempt ?? 0) + 1 };
  revalidatePath("/glossaries");
  redirect(`/glossaries/${outcome.value.id}`);
}

const GLOSSARY_INTENTS = ["rename", "delete", "attach", "detach", "import"] as const;

/** Everything done to a glossary as a whole, one form per intent on its page. */
export async function glossaryAction(previous: GlossaryFormState, form: FormData): Promise<GlossaryFormState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const glossaryId = text(form, "glossaryId");
  const intent = text(form, "intent");
  const outcome = await runAction(async (actor): Promise<string> => {
    if (!(GLOSSARY_INTENTS as readonly string[]).includes(intent)) throw new AppError("bad_input", "That is not something this form can do.");
    if (intent === "rename") {
      await updateGlossary({ actor, glossaryId, name: text(form, "name"), sourceLanguage: text(form, "sourceLanguage"), targetLanguage: text(form, "targetLanguage") });
      return "Saved.";
    }
    if (intent === "delete") {
      await deleteGlossary({ actor, glossaryId });
      return "Deleted.";
    }
    if (intent === "attach" || intent === "detach") {
      const documentId = text(form, "documentId");
      await (intent === "attach" ? attachGlossary : detachGlossary)({ actor, glossaryId, documentId });
      return intent === "attach" ? "Attached: the document's checks and workspace now use these terms." : "Detached.";
    }
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("bad_input", "Choose a CSV or TBX file that is not empty.");
    const result = await importGlossary({ actor, glossaryId, bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name });
    return `Imported ${file.name}: ${result.added} ${result.added === 1 ? "term" : "terms"} added, ${result.updated} updated, ${result.unchanged} unchanged.`;
  });
  if (!outcome.ok) return { ...failed(outcome), values: intent === "rename" ? glossaryFields(form) : undefined, attempt };
  revalidatePath("/glossaries");
  if (intent === "delete") redirect("/glossaries");
  revalidatePath(`/glossaries/${glossaryId}`);
  return { ok: true, message: outcome.value, attempt };
}

const TERM_INTENTS = ["create", "update", "delete"] as const;

export async function termAction(previous: GlossaryFormState, form: FormData): Promise<GlossaryFormState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const intent = text(form, "intent");
  const outcome = await runAction(async (actor): Promise<string> => {
    if (!(TERM_INTENTS as readonly string[]).includes(intent)) throw new AppError("bad_input", "That is not something this form can do.");
    if (intent === "create") {
      await createTerm({ actor, glossaryId: text(form, "glossaryId"), ...termFields(form) });
      return "Term added.";
    }
    if (intent === "update") {
      await updateTerm({ actor, termId: text(form, "termId"), version: text(form, "version"), ...termFields(form) });
      return "Term saved.";
    }
    await deleteTerm({ actor, termId: text(form, "termId"), version: text(form, "version") });
    return "Term deleted.";
  });
  // After a conflict too: the page then shows the colleague's version, and saving again is over it.
  if (outcome.ok || outcome.code === "conflict") revalidatePath(`/glossaries/${text(form, "glossaryId")}`);
  // A refused term keeps what was typed; after a colleague's newer save (a conflict about no field) the form shows theirs.
  const values = !outcome.ok && outcome.code === "conflict" && !outcome.fieldErrors ? undefined : termFields(form);
  if (!outcome.ok) return { ...failed(outcome), values, attempt };
  return { ok: true, message: outcome.value, attempt };
}
