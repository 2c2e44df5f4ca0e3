import type { BlockKind } from "@/lib/segment/types";
import type { InlineCodes } from "./cat/placeholders";

export type SegmentStatus = "new" | "proposed" | "approved" | "rejected" | "confirmed";

/** What fills a segment that has no approved text: its MT, or its latest proposal. */
export type Fill = "mt" | "latest";

export type ExportAnnotation = {
  id: number;
  start: number;
  end: number;
  category: string;
  subcategory: string | null;
  severity: string;
  note: string;
  /** The flag's author: an email, or a stable pseudonym when raters are anonymous. */
  author: string;
  state: "open" | "resolved" | "dismissed";
  createdAt: Date;
};

/** A comment on a segment or on the document, for the XLIFF notes; its thread's state goes with it. */
export type ExportComment = { author: string; body: string; createdAt: Date; resolved: boolean };

/** start/end are offsets into the document text; order is 1-based across the document. */
export type ExportSegment = {
  id: number;
  order: number;
  start: number;
  end: number;
  mt: string;
  source: string | null;
  approved: string | null;
  latest: string | null;
  status: SegmentStatus;
  annotations: ExportAnnotation[];
  createdAt: Date;
  /** When its text or status last changed (the latest proposal or review), else createdAt. */
  changedAt: Date;
  /** Who wrote the post-edited text (the approved proposal, else the open one), email or pseudonym. */
  editor: string | null;
  /** Who made the latest review decision on the segment (email or pseudonym), null when never reviewed. */
  reviewer: string | null;
  reviewedAt: Date | null;
  /** The segment's comments, oldest first (absent: none). */
  comments?: ExportComment[];
  /** What each placeholder in its texts stands for (an HTML or CAT import): the tag's HTML or the code's XML. */
  inlineCodes?: InlineCodes | null;
};

export type ExportBlock = { kind: BlockKind; start: number; end: number; text: string; separator: string; segments: ExportSegment[] };

export type ExportDocument = {
  id: number;
  title: string;
  sourceLanguage: string;
  targetLanguage: string;
  provenance: string | null;
  /** True when the document has a source text; monolingual documents hold the MT alone. */
  bilingual: boolean;
  createdAt: Date;
  /** True when segments hold placeholders for inline codes (an HTML or CAT import): article formats leave them out. */
  inlineCodes?: boolean;
  /** True when the article was imported as Markdown: a line that ends in two spaces or a backslash is a hard line break. */
  markdown?: boolean;
  /** Text before the first block (usually empty). */
  leading: string;
  blocks: ExportBlock[];
  /** The document's own thread, oldest first (absent: none). */
  comments?: ExportComment[];
};

export type ExportOptions = {
  fill: Fill;
  /** Article formats mark sentences that are not approved, so a draft is never taken for the finished article. */
  markUnapproved?: boolean;
  /** The export's time, written where a format has one (defaults to now). */
  exportedAt?: Date;
};
