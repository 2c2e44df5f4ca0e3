"use client";

import { useActionState } from "react";
import { deleteImportedTmAction, type DeleteImportedState } from "@/app/tm/actions";

type Props = { sourceLanguage: string; targetLanguage: string; imported: number };

/** Undoes a wrong TMX import: the pair's imported entries go, after a confirmation; those from approvals stay. */
export function DeleteImportedForm({ sourceLanguage, targetLanguage, imported }: Props) {
  const [state, action, pending] = useActionState<DeleteImportedState, FormData>(deleteImportedTmAction, { message: null });
  const pair = `${sourceLanguage} → ${targetLanguage}`;
  return (
    <form action={action} onSubmit={(event) => {
      if (!window.confirm(`Delete the ${imported} imported entries of ${pair}? Entries from approvals stay.`)) event.preventDefault();
    }}>
      <input type="hidden" name="sourceLanguage" value={sourceLanguage} />
      <input type="hidden" name="targetLanguage" value={targetLanguage} />
      {state.message && <span role="alert" className="alert">{state.message} </span>}
      {imported > 0 && <button type="submit" className="secondary" disabled={pending} aria-label={`Delete the ${imported} imported entries of ${pair}`}>Delete {imported} imported</button>}
    </form>
  );
}
