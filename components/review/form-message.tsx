import type { ReviewFormState } from "@/app/review/actions";

export const INITIAL_STATE: ReviewFormState = { ok: false, message: null };

export function FormMessage({ state }: { state: ReviewFormState }) {
  if (!state.message) return null;
  return <p className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>{state.message}</p>;
}
