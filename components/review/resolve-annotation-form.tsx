"use client";

import { useActionState } from "react";
import { resolveAnnotationAction } from "@/app/review/actions";
import { FormMessage, INITIAL_STATE } from "./form-message";
import styles from "./review.module.css";

export function ResolveAnnotationForm({ annotationId }: { annotationId: number }) {
  const [state, action, pending] = useActionState(resolveAnnotationAction, INITIAL_STATE);
  return (
    <form action={action} className={styles.inline}>
      <input type="hidden" name="annotationId" value={annotationId} />
      <label>
        Resolution note
        <input type="text" name="note" maxLength={2_000} />
      </label>
      <button type="submit" name="state" value="resolved" className="secondary" disabled={pending}>Resolve</button>
      <button type="submit" name="state" value="dismissed" className="secondary" disabled={pending}>Dismiss</button>
      <FormMessage state={state} />
    </form>
  );
}
