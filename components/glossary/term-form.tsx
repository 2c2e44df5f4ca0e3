"use client";

import { useActionState, useRef } from "react";
import { termAction, type GlossaryFormState } from "@/app/glossaries/actions";
import { FieldError, fieldProps } from "@/components/ui/field-error";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import type { TermRow } from "@/lib/server/glossaries/glossary-rows";
import { FormMessage } from "./form-message";

type Props = { glossaryId: number; term?: TermRow };

/** Adds a term, or edits one at the version it was read (a newer save by someone else comes back as a conflict). */
export function TermForm({ glossaryId, term }: Props) {
  const [state, action, pending] = useActionState<GlossaryFormState, FormData>(termAction, { ok: false, message: null });
  const errors = state.fieldErrors;
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(form, state.attempt);
  const id = (name: string) => `term-${term?.id ?? "new"}-${name}`;
  const field = (name: "source" | "preferred" | "forbidden" | "note", label: string, value: string, required = false) => (
    <label>
      {label}
      <input type="text" name={name} defaultValue={state.values?.[name] ?? value} required={required} maxLength={name === "source" || name === "preferred" ? 300 : 2000} {...fieldProps(errors, name, id(`${name}-error`))} />
      <FieldError errors={errors} name={name} id={id(`${name}-error`)} />
    </label>
  );
  // React clears a form after its action; drawn afresh with what was typed, a refused form keeps it.
  return (
    <form key={state.attempt ?? 0} ref={form} action={action} className="stack">
      <FormMessage state={state} fields={["source", "preferred", "forbidden", "note"]} />
      <input type="hidden" name="glossaryId" value={glossaryId} />
      <input type="hidden" name="intent" value={term ? "update" : "create"} />
      {term && <input type="hidden" name="termId" value={term.id} />}
      {term && <input type="hidden" name="version" value={term.version} />}
      {field("source", "Source term", term?.source ?? "", true)}
      {field("preferred", "Preferred target", term?.preferred ?? "", true)}
      {field("forbidden", "Forbidden targets (separated by |)", term?.forbidden.join(" | ") ?? "")}
      {field("note", "Note", term?.note ?? "")}
      <div>
        <button type="submit" disabled={pending}>{term ? "Save term" : "Add term"}</button>
      </div>
    </form>
  );
}

export function DeleteTermButton({ glossaryId, term }: Required<Props>) {
  const [state, action, pending] = useActionState<GlossaryFormState, FormData>(termAction, { ok: false, message: null });
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="glossaryId" value={glossaryId} />
      <input type="hidden" name="intent" value="delete" />
      <input type="hidden" name="termId" value={term.id} />
      <input type="hidden" name="version" value={term.version} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Delete the term ${term.source}`}>Delete</button>
    </form>
  );
}
