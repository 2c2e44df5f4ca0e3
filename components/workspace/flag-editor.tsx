"use client";

import { useEffect, useState, useTransition } from "react";
import { createAnnotationAction, updateAnnotationAction } from "@/app/documents/[id]/actions";
import type { Typology } from "@/lib/metrics/typology";
import type { AnnotationView } from "@/lib/server/workspace/annotation-view";
import type { Span } from "./highlight-pieces";
import { SpanPicker } from "./span-picker";
import styles from "./workspace.module.css";

/** A span chosen in the article's text, handed to the open sentence's editor. */
export type IncomingSpan = { segmentId: number; span: Span; clipped: boolean; nonce: number };
type Props = { segmentId: number; text: string; flags: AnnotationView[]; typology: Typology; editing: AnnotationView | null; activeFlagId: number | null; incoming: IncomingSpan | null; onDone: () => void };

const NON_TRANSLATION = "Non-translation";

function describeSpan(text: string, span: Span | null, category: string) {
  if (category === NON_TRANSLATION) return "The whole sentence (non-translation).";
  if (!span) return "Nothing selected yet: select words of the MT, or place the caret for an omission.";
  // Counted as a reader counts: from 1, an emoji or an accented letter one character.
  const count = (end: number) => Array.from(text.slice(0, end)).length;
  if (span.start === span.end) return span.start < text.length ? `Insertion point before character ${count(span.start) + 1}, “${text.slice(span.start).split(/\s/)[0]}”.` : "Insertion point at the end.";
  return `Selected: “${text.slice(span.start, span.end)}” (characters ${count(span.start) + 1}–${count(span.end)}).`;
}

/** Pick a span, then a category, subcategory and severity from the document's typology; the server checks it again. */
export function FlagEditor({ segmentId, text, flags, typology, editing, activeFlagId, incoming, onDone }: Props) {
  const [span, setSpan] = useState<Span | null>(editing ? { start: editing.start, end: editing.end } : null);
  const [clipped, setClipped] = useState(false);
  const [category, setCategory] = useState(editing?.category ?? typology.categories[0]?.name ?? "");
  const subcategories = typology.categories.find((entry) => entry.name === category)?.subcategories ?? [];
  const [subcategory, setSubcategory] = useState(editing?.subcategory ?? subcategories[0] ?? "");
  const [severity, setSeverity] = useState(editing?.severity ?? typology.severities.find((entry) => entry.name === "Minor")?.name ?? typology.severities[0]?.name ?? "");
  const [note, setNote] = useState(editing?.note ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function select(next: Span, cut: boolean) {
    setSpan(next);
    setClipped(cut);
  }
  useEffect(() => {
    if (incoming) select(incoming.span, incoming.clipped);
  }, [incoming]);

  function chooseCategory(name: string) {
    setCategory(name);
    setSubcategory(typology.categories.find((entry) => entry.name === name)?.subcategories[0] ?? "");
  }

  function save() {
    if (pending) return;
    const whole = category === NON_TRANSLATION;
    if (!span && !whole) return setMessage({ ok: false, text: "Select the words that are wrong first." });
    const fields = { start: whole ? 0 : span!.start, end: whole ? text.length : span!.end, category, subcategory: subcategory || null, severity, note };
    startTransition(async () => {
      const result = editing ? await updateAnnotationAction(editing.id, fields) : await createAnnotationAction(segmentId, fields);
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setMessage({ ok: true, text: editing ? "Flag updated." : "Flag added." });
      setNote("");
      setSpan(null);
      setClipped(false);
      onDone();
    });
  }

  return (
    <section aria-labelledby="flag-heading">
      <h3 id="flag-heading">{editing ? "Edit flag" : "Flag an error"}</h3>
      <SpanPicker text={text} flags={flags} typology={typology} selection={span} activeFlagId={activeFlagId} onSelect={select} />
      <p id="span-picker-help" className={styles.meta}>Mouse: select words (whole words; hold Alt for single characters), here or in the article. Keyboard: ← → move by word or punctuation mark, Shift+← → select, Home/End.</p>
      <p className={styles.meta} aria-live="polite">
        {describeSpan(text, span, category)}
        {clipped && span && " Your selection went past this sentence's MT: only the part inside it counts."}
      </p>
      <div className={styles.form}>
        <div className={styles.inline}>
          <div className={styles.field}>
            <label htmlFor="flag-category">Category</label>
            <select id="flag-category" value={category} onChange={(event) => chooseCategory(event.target.value)}>
              {typology.categories.map((entry) => <option key={entry.name}>{entry.name}</option>)}
            </select>
          </div>
          {subcategories.length > 0 && (
            <div className={styles.field}>
              <label htmlFor="flag-subcategory">Subcategory</label>
              <select id="flag-subcategory" value={subcategory} onChange={(event) => setSubcategory(event.target.value)}>
                {subcategories.map((name) => <option key={name}>{name}</option>)}
              </select>
            </div>
          )}
          <div className={styles.field}>
            <label htmlFor="flag-severity">Severity</label>
            <select id="flag-severity" value={severity} onChange={(event) => setSeverity(event.target.value)}>
              {typology.severities.map((entry) => <option key={entry.name}>{entry.name}</option>)}
            </select>
          </div>
        </div>
        <label>Note (optional)
          <input type="text" value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
        </label>
        {message && <p className={message.ok ? "notice" : "alert"} role={message.ok ? "status" : "alert"}>{message.text}</p>}
        <div className={styles.inline}>
          <button type="button" aria-disabled={pending} onClick={save}>{editing ? "Save flag" : "Add flag"}</button>
          {editing && <button type="button" className="secondary" onClick={onDone}>Cancel editing</button>}
        </div>
      </div>
    </section>
  );
}
