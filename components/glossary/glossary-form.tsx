"use client";

import { useActionState, useRef, type ReactNode } from "react";
import { glossaryAction, type GlossaryFormState } from "@/app/glossaries/actions";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import type { FieldErrors } from "@/lib/errors";
import { FormMessage } from "./form-message";

type Props = {
  glossaryId: number;
  intent: "rename" | "delete" | "attach" | "detach" | "import";
  submit: string;
  /** Fields, or a function of the server's field errors (for fields that show their own message) and of what was typed before a refusal. */
  children?: ReactNode | ((errors: FieldErrors | undefined, typed: Record<string, string> | undefined) => ReactNode);
  /** The fields that show their own message, so the form does not repeat it at the top. */
  fields?: readonly string[];
  className?: string;
  secondary?: boolean;
};

/** One thing done to a whole glossary (import, attach, rename...), with its outcome shown by the form. */
export function GlossaryForm({ glossaryId, intent, submit, children, fields, className = "stack card", secondary }: Props) {
  const [state, action, pending] = useActionState<GlossaryFormState, FormData>(glossaryAction, { ok: false, message: null });
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(form, state.attempt);
  // React clears a form after its action; drawn afresh with what was typed, a refused form keeps it.
  return (
    <form key={state.attempt ?? 0} ref={form} action={action} className={className}>
      <FormMessage state={state} fields={fields} />
      <input type="hidden" name="glossaryId" value={glossaryId} />
      <input type="hidden" name="intent" value={intent} />
      {typeof children === "function" ? children(state.fieldErrors, state.values) : children}
      <div>
        <button type="submit" className={secondary ? "secondary" : undefined} disabled={pending}>{submit}</button>
      </div>
    </form>
  );
}
