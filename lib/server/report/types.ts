// The report's shapes: what the loader reads per segment, and the figures the pages and the CSV show.
import type { MqmAnnotation } from "@/lib/metrics/mqm";
import type { SegmentStatus } from "@/lib/formats/types";

export type ReportAnnotation = MqmAnnotation & { state: "open" | "resolved" | "dismissed" };

export type ReportSegmentInput = {
  id: number;
  order: number;
  mt: string;
  status: SegmentStatus;
  approved: { text: string; authorId: string } | null;
  proposalAuthorIds: string[];
  annotations: ReportAnnotation[];
  time: { userId: string; activeMs: number }[];
};

/** hter and chrf are null until the segment has approved text. */
export type SegmentFigures = {
  id: number;
  order: number;
  status: SegmentStatus;
  hter: number | null;
  chrf: number | null;
  penalty: number;
  activeMs: number;
};

export type Tally = { name: string; count: number; penalty: number };

export type EditorFigures = {
  userId: string;
  name: string;
  proposed: number;
  approved: number;
  /** MT words of the segments the person proposed for or spent time on. */
  words: number;
  activeMs: number;
  msPerWord: number | null;
};

/** Segments by their current status: proposed ones wait for review, rejected ones for a new proposal, confirmed ones (MT confirmed unchanged) are done like approved ones. */
export type Progress = { total: number; approved: number; confirmed: number; proposed: number; rejected: number; untouched: number };

/**
 * MQM over the reviewed segments (those with approved text): a segment nobody reviewed has no flags yet, so counting its words
 * would make the score look better the less was reviewed. `penalty`, `wordCount` and `counted` cover every flag and word of
 * the document, as the charts do.
 */
export type MqmSummary = {
  penalty: number;
  wordCount: number;
  counted: number;
  dismissed: number;
  /** The reviewed segments (with approved text), their MT words, and their flags' penalty and count. */
  reviewed: { segments: number; words: number; penalty: number; flags: number };
  /** 100 × (1 − reviewed penalty / reviewed MT words); null until a segment is reviewed. */
  score: number | null;
  /** The reviewed penalty per 1,000 reviewed MT words; null until a segment is reviewed. */
  perThousandWords: number | null;
};

/** The document's figures; the per-segment table comes separately, a page at a time. */
export type QualityReport = {
  progress: Progress;
  /** Segments with final text (approved, or MT confirmed), over which HTER and chrF are computed. */
  scored: number;
  hter: number | null;
  chrf: number | null;
  mqm: MqmSummary;
  byCategory: Tally[];
  bySeverity: Tally[];
  costliest: Tally[];
  editors: EditorFigures[];
};

export const SEGMENT_SORT_KEYS = ["order", "status", "hter", "chrf", "penalty", "activeMs"] as const;
export type SegmentSortKey = (typeof SEGMENT_SORT_KEYS)[number];
export type SegmentSort = { key: SegmentSortKey; ascending: boolean };

/** One page of the per-segment table, in the requested order. */
export type SegmentPage = { rows: SegmentFigures[]; page: number; pageCount: number; pageSize: number; total: number; sort: SegmentSort };
