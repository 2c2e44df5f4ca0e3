"use client";

import { useActionState, type ReactNode } from "react";
import { glossaryAction, type GlossaryFormState } from "@/app/glossaries/actions";
import { FormMessage } from "./form-message";

type Props = { glossaryId: number; intent: "rename" | "delete" | "attach" | "detach" | "import"; submit: string; children?: ReactNode; className?: string; secondary?: boolean };

/** One thing done to a whole glossary (import, attach, rename...), with its outcome shown by the form. */
export function GlossaryForm({ glossaryId, intent, submit, children, className = "stack card", secondary }: Props) {
  const [state, action, pending] = useActionState<GlossaryFormState, FormData>(glossaryAction, { ok: false, message: null });
  return (
    <form action={action} className={className}>
      <FormMessage state={state} />
      <input type="hidden" name="glossaryId" value={glossaryId} />
      <input type="hidden" name="intent" value={intent} />
      {children}
      <div>
        <button type="submit" className={secondary ? "secondary" : undefined} disabled={pending}>{submit}</button>
      </div>
    </form>
  );
}
