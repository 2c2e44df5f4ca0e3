"use client";

import { WordDiff } from "@/components/ui/word-diff";
import type { SentenceChange } from "@/lib/server/propagation/preview-changes";
import styles from "./propagation.module.css";

type Props = { changes: SentenceChange[]; selected: ReadonlySet<number>; onChange: (selected: Set<number>) => void; label: string };

const HELD: Record<NonNullable<SentenceChange["held"]>, string> = {
  invalid: "left alone: it would be empty or too long",
  placeholders: "left alone: it would lose or break an inline code",
  checks: "left alone: it would bring in an error the checks report",
};

/** The sentences an apply may change: those it would not leave alone. */
export const applicable = (changes: readonly SentenceChange[]) => new Set(changes.filter((change) => !change.held).map((change) => change.segmentId));

// Ten thousand diffs would freeze the page; the rest stay selected (or not, with "Select none") and are applied alike.
const SHOWN = 200;

/** Every sentence a change would alter, as a word diff with a checkbox to leave it out. */
export function ChangePreview({ changes, selected, onChange, label }: Props) {
  const toggle = (segmentId: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(segmentId);
    else next.delete(segmentId);
    onChange(next);
  };
  return (
    <fieldset aria-label={label}>
      <div className={styles.row}>
        <span className={styles.meta} role="status">{selected.size.toLocaleString("en")} of {changes.length.toLocaleString("en")} {changes.length === 1 ? "sentence" : "sentences"} selected</span>
        <button type="button" className={`secondary ${styles.small}`} onClick={() => onChange(applicable(changes))}>Select all</button>
        <button type="button" className={`secondary ${styles.small}`} onClick={() => onChange(new Set())}>Select none</button>
      </div>
      <ul className={styles.changes}>
        {changes.slice(0, SHOWN).map((change) => (
          <li key={change.segmentId}>
            <label>
              <input type="checkbox" checked={selected.has(change.segmentId)} disabled={!!change.held} onChange={(event) => toggle(change.segmentId, event.target.checked)} /> Sentence {change.order}
              {change.held && <span className={styles.meta}> ({HELD[change.held]})</span>}
            </label>
            <WordDiff from={change.before} to={change.after} label={`Sentence ${change.order}: changes`} />
          </li>
        ))}
      </ul>
      {changes.length > SHOWN && <p className={styles.meta}>The first {SHOWN} of {changes.length.toLocaleString("en")} are shown; “Select all” and “Select none” cover every one.</p>}
    </fieldset>
  );
}
