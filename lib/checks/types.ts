// The shapes every check shares: a document's segments (MT, maybe its aligned source) in, findings out.

export type Severity = "error" | "warning";

/** An MQM category of the default typology (lib/metrics/typology.ts), suggested for a finding's annotation. */
export type SuggestedCategory = { category: string; subcategory?: string };

export type GlossaryEntry = { source: string; preferred: string; forbidden: string[]; note?: string };

/** One segment: its MT (`target`), the source sentence(s) aligned with it when known, and its block (paragraph). */
export type CheckSegment = { source?: string; target: string; block?: number };

export type CheckDocument = {
  segments: CheckSegment[];
  sourceLanguage?: string;
  targetLanguage: string;
  glossary?: GlossaryEntry[];
};

/**
 * What a check reports: a 0-based segment index and a [start, end) range in UTF-16 units of its MT; a hit may be
 * milder than its check (`severity: "warning"` from a check of severity error), never graver.
 */
export type Hit = { segment: number; start: number; end: number; message: string; category?: SuggestedCategory; severity?: Severity };

export type Check = {
  id: string;
  severity: Severity;
  category: SuggestedCategory;
  run(doc: CheckDocument): Hit[];
};

/** A hit as reported: 1-based segment, code-point offsets, the covered text. */
export type Finding = {
  segment: number;
  check: string;
  severity: Severity;
  category: SuggestedCategory;
  start: number;
  end: number;
  text: string;
  message: string;
};
