"use client";

import { useActionState } from "react";
import { createGlossaryAction, type GlossaryFormState } from "@/app/glossaries/actions";
import { FieldError, fieldProps } from "@/components/ui/field-error";
import { FormMessage } from "./form-message";

export function CreateGlossaryForm() {
  const [state, action, pending] = useActionState<GlossaryFormState, FormData>(createGlossaryAction, { ok: false, message: null });
  const errors = state.fieldErrors;
  return (
    <form action={action} className="stack card">
      <FormMessage state={state} fields={["name", "sourceLanguage", "targetLanguage"]} />
      <label>
        Name
        <input type="text" name="name" required maxLength={200} {...fieldProps(errors, "name", "glossary-name-error")} />
        <FieldError errors={errors} name="name" id="glossary-name-error" />
      </label>
      <label>
        Source language
        <input type="text" name="sourceLanguage" defaultValue="ru" required maxLength={35} {...fieldProps(errors, "sourceLanguage", "glossary-source-error")} />
        <FieldError errors={errors} name="sourceLanguage" id="glossary-source-error" />
      </label>
      <label>
        Target language
        <input type="text" name="targetLanguage" defaultValue="en" required maxLength={35} {...fieldProps(errors, "targetLanguage", "glossary-target-error")} />
        <FieldError errors={errors} name="targetLanguage" id="glossary-target-error" />
      </label>
      <div>
        <button type="submit" disabled={pending}>Create glossary</button>
      </div>
    </form>
  );
}
