import type { BlockKind } from "@/lib/segment/types";

export type SegmentStatus = "new" | "proposed" | "approved" | "rejected";

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
  author: string;
  state: "open" | "resolved" | "dismissed";
};

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
};

export type ExportBlock = { kind: BlockKind; start: number; end: number; text: string; separator: string; segments: ExportSegment[] };

export type ExportDocument = {
  id: number;
  title: string;
  sourceLanguage: string;
  targetLanguage: string;
  provenance: string | null;
  /** Text before the first block (usually empty). */
  leading: string;
  blocks: ExportBlock[];
};

export type ExportOptions = { fill: Fill };
