// Test helper: the spans one check reports on a few segments, as [segment (1-based), text] pairs.
import { CHECKS, runChecks } from "./index";
import type { CheckDocument, GlossaryEntry } from "./types";

export type Pair = { source?: string; target: string };

type Options = { glossary?: GlossaryEntry[]; targetLanguage?: string; sameBlock?: boolean };

export function spans(checkId: string, segments: (Pair | string)[], options: Options = {}) {
  return findings(checkId, segments, options).map((f) => [f.segment, f.text]);
}

/** The full findings of one check, for tests that look at a message, category or severity. */
export function findings(checkId: string, segments: (Pair | string)[], options: Options = {}) {
  const doc: CheckDocument = {
    segments: segments.map((s, i) => ({ ...(typeof s === "string" ? { target: s } : s), block: options.sameBlock ? 0 : i })),
    sourceLanguage: "ru",
    targetLanguage: options.targetLanguage ?? "en",
    glossary: options.glossary,
  };
  const check = CHECKS.find((c) => c.id === checkId);
  if (!check) throw new Error(`no check ${checkId}`);
  return runChecks(doc, [check]);
}
