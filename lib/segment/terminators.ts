// What each character means to the sentence scanner, as one table lookup per character: the scan stays linear and cheap.
import type { LanguageRules } from "./types";

export const NONE = 0;
export const DOT = 1;
export const BANG = 2;
export const NEWLINE = 3;
/** Ends a sentence even with no space after it: "。", "．", "።", "။", "।", "۔", "؟". */
export const TIGHT = 4;
/** Ends a sentence before whitespace and a word that is not lower case: Armenian "։" and the language's `extraEnds`. */
export const SPACED = 5;

// These marks end sentences in their own scripts and mean nothing else anywhere, so every language knows them.
const TIGHT_ENDS = "。．！？｡።፧፨။।॥۔؟";
const SPACED_ENDS = "։";

function baseTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  table[0x2e] = DOT;
  table[0x2026] = DOT;
  for (const c of [0x21, 0x3f, 0x203c, 0x2047, 0x2048, 0x2049]) table[c] = BANG;
  table[0x0a] = NEWLINE;
  for (const ch of TIGHT_ENDS) table[ch.charCodeAt(0)] = TIGHT;
  for (const ch of SPACED_ENDS) table[ch.charCodeAt(0)] = SPACED;
  return table;
}

const BASE = baseTable();
const byLanguage = new WeakMap<LanguageRules, Uint8Array>();

/** The character table for a language: the shared one, plus the language's own ASCII sentence ends, less "." where it ends none. */
export function terminatorTable(rules: LanguageRules): Uint8Array {
  if (rules.extraEnds.length === 0 && rules.periodEnds) return BASE;
  let table = byLanguage.get(rules);
  if (!table) {
    table = BASE.slice();
    for (const ch of rules.extraEnds) table[ch.charCodeAt(0)] = SPACED;
    if (!rules.periodEnds) table[0x2e] = table[0x2026] = NONE;
    byLanguage.set(rules, table);
  }
  return table;
}
