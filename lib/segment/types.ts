export type BlockKind = "title" | "dateline" | "heading" | "paragraph" | "list_item" | "quote" | "meta" | "footer";

/** A sentence: [start, end) in JavaScript string indices into the whole text. */
export type SegmentSpan = { start: number; end: number; text: string };

/** A block covers [start, end) of the text; `separator` is the exact text between its end and the next block's start (or the end of the text). */
export type BlockSpan = { kind: BlockKind; start: number; end: number; separator: string; segments: SegmentSpan[] };

export type SegmentedText = { leading: string; blocks: BlockSpan[] };

export type SegmentOptions = { language?: string; format?: "text" | "markdown" };
