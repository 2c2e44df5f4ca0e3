import { MAX_SEGMENT_TEXT } from "@/lib/validations/proposal";

// Shown from the last tenth of the limit on, so it warns before the limit is hit rather than after.
const WARN_FROM = MAX_SEGMENT_TEXT * 0.9;

/** How many characters a sentence may still grow by, once it nears the limit the server enforces. */
export function RemainingLength({ text, id }: { text: string; id?: string }) {
  const length = text.trim().length;
  if (length < WARN_FROM) return null;
  const left = MAX_SEGMENT_TEXT - length;
  return (
    <p id={id} className={left < 0 ? "alert" : "muted"} aria-live="polite">
      {left >= 0 ? `${left.toLocaleString("en")} characters left` : `${(-left).toLocaleString("en")} characters over the limit of ${MAX_SEGMENT_TEXT.toLocaleString("en")}`}
    </p>
  );
}
