"use client";

import { useActionState, useRef } from "react";
import { deleteDocumentAction, type DeleteDocumentState } from "@/app/documents/[id]/delete-actions";
import { FieldError, fieldProps, formLevelMessage } from "@/components/ui/field-error";
import styles from "@/components/review/review.module.css";

const INITIAL: DeleteDocumentState = { message: null };

/** "Delete document…": a dialog that says what goes with it and asks for the title, so no slip of a click deletes work. */
export function DeleteDocument({ documentId, title, segments }: { documentId: number; title: string; segments: number }) {
  const [state, action, pending] = useActionState(deleteDocumentAction, INITIAL);
  const dialog = useRef<HTMLDialogElement>(null);
  const message = formLevelMessage(state.message, state.fieldErrors, ["confirmTitle"]);
  return (
    <>
      <button type="button" className="secondary" onClick={() => dialog.current?.showModal()}>Delete document…</button>
      <dialog ref={dialog} aria-labelledby="delete-document-title" className={styles.dialog}>
        <form action={action} className={styles.form}>
          <h2 id="delete-document-title">Delete “{title}”?</h2>
          <p>
            Its {segments.toLocaleString("en")} sentence{segments === 1 ? "" : "s"} go with it, with every proposal, review, flag, comment and
            assignment, and the translation memory entries of its approved sentences. This cannot be undone: export a full backup
            first to keep a copy.
          </p>
          <input type="hidden" name="documentId" value={documentId} />
          <label>
            Type the title to confirm
            <input type="text" name="confirmTitle" required autoComplete="off" {...fieldProps(state.fieldErrors, "confirmTitle", "delete-document-error")} />
          </label>
          <FieldError errors={state.fieldErrors} name="confirmTitle" id="delete-document-error" />
          {message && <p className="alert" role="alert">{message}</p>}
          <div className={styles.row}>
            <button type="submit" disabled={pending}>Delete document</button>
            <button type="button" className="secondary" onClick={() => dialog.current?.close()}>Cancel</button>
          </div>
        </form>
      </dialog>
    </>
  );
}
