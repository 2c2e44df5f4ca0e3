"use client";

import { useActionState, useRef } from "react";
import { createGlossaryAction, type GlossaryFormState } from "@/app/glossaries/actions";
import { FieldError, fieldProps } from "@/components/ui/field-error";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { FormMessage } from "./form-message";

export function CreateGlossaryForm() {
  const [state, action, pending] = useActionState<GlossaryFormState, FormData>(createGlossaryAction, { ok: false, message: null });
  const errors = state.fieldErrors;
  const typed = state.values;
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(form, state.attempt);
  // React clears a form after its action; drawn afresh with what was typed, a refused form keeps it.
  return (
    <form key={state.attempt ?? 0} ref={form} action={action} className="stack card">
      <FormMessage state={state} fields={["name", "sourceLanguage", "targetLanguage"]} />
      <label>
        Name
        <input type="text" name="name" defaultValue={typed?.name} required maxLength={200} {...fieldProps(errors, "name", "glossary-name-error")} />
        <FieldError errors={errors} name="name" id="glossary-name-error" />
      </label>
      <label>
        Source language
        <input type="text" name="sourceLanguage" defaultValue={typed?.sourceLanguage ?? "ru"} required maxLength={35} {...fieldProps(errors, "sourceLanguage", "glossary-source-error")} />
        <FieldError errors={errors} name="sourceLanguage" id="glossary-source-error" />
      </label>
      <label>
        Target language
        <input type="text" name="targetLanguage" defaultValue={typed?.targetLanguage ?? "en"} required maxLength={35} {...fieldProps(errors, "targetLanguage", "glossary-target-error")} />
        <FieldError errors={errors} name="targetLanguage" id="glossary-target-error" />
      </label>
      <div>
        <button type="submit" disabled={pending}>Create glossary</button>
      </div>
    </form>
  );
}
