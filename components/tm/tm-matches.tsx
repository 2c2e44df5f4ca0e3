"use client";

import { useEffect, useState } from "react";
import type { TmMatch } from "@/lib/server/tm/find-tm-matches";
import { WordDiff } from "@/components/ui/word-diff";
import styles from "./tm-matches.module.css";

type Match = Omit<TmMatch, "changedAt"> & { changedAt: string };
type Props = { documentId: number; segmentId: number; mtText: string; canInsert: boolean; onInsert: (text: string) => void };

/** Ctrl+Shift+1..3 inserts match 1..3: it works while typing in the proposal, where plain digits are text. */
export const INSERT_KEYS = "Ctrl+Shift+1…3";

/** A match's text in the MT's place, keeping the spaces around the sentence as the MT has them. */
function inPlaceOf(mtText: string, text: string) {
  return `${/^\s*/.exec(mtText)![0]}${text}${/\s*$/.exec(mtText)![0]}`;
}

/** The open sentence's translation-memory matches: similarity, where from, and a word diff against the MT. */
export function TmMatches({ documentId, segmentId, mtText, canInsert, onInsert }: Props) {
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [language, setLanguage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    fetch(`/documents/${documentId}/segments/${segmentId}/tm`, { cache: "no-store" })
      .then(async (response) => ({ ok: response.ok, body: await response.json() }))
      .then(({ ok, body }) => {
        if (!live) return;
        if (!ok) return setError(body.error);
        setLanguage(body.sourceLanguage);
        setMatches(body.matches);
      })
      .catch(() => live && setError("The translation memory did not answer; try again."));
    return () => {
      live = false;
    };
  }, [documentId, segmentId]);

  useEffect(() => {
    if (!canInsert || !matches?.length) return;
    function onKeyDown(event: KeyboardEvent) {
      const index = /^Digit([1-9])$/.exec(event.code)?.[1];
      if (!index || !event.ctrlKey || !event.shiftKey || event.altKey || document.querySelector("dialog[open]")) return;
      const match = matches?.[Number(index) - 1];
      if (!match) return;
      event.preventDefault();
      onInsert(inPlaceOf(mtText, match.targetText));
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [canInsert, matches, mtText, onInsert]);

  if (error) return <p className="alert" role="alert">{error}</p>;
  if (!matches) return null;
  return (
    <section aria-labelledby="tm-heading" className={styles.tm}>
      <h3 id="tm-heading">Translation memory ({matches.length})</h3>
      {matches.length === 0 ? (
        <p className={styles.meta}>No match of 75% or more.</p>
      ) : (
        <ol className={styles.list} aria-label="Translation memory matches">
          {matches.map((match, index) => (
            <li key={match.entryId}>
              <p className={styles.meta}>
                <strong>{match.similarity}%</strong> {match.exact ? "exact match" : "fuzzy match"}
                {match.documentTitle ? ` · from “${match.documentTitle}”` : " · imported"}
                {match.uses > 1 ? ` · approved ${match.uses} times` : ""}
              </p>
              <p className={styles.source} lang={language}>Matched: {match.sourceText}</p>
              <WordDiff from={mtText.trim()} to={match.targetText} label={`Match ${index + 1} against the MT`} />
              {canInsert && (
                <button type="button" className="secondary" onClick={() => onInsert(inPlaceOf(mtText, match.targetText))} aria-keyshortcuts={`Control+Shift+${index + 1}`}>
                  Insert match {index + 1} <kbd>Ctrl+Shift+{index + 1}</kbd>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
