import { csvCell } from "@/lib/formats/csv-cell";
import type { SegmentFigures } from "./types";

const HEADER = ["segment", "status", "hter", "chrf", "mqm_penalty", "active_seconds"];

export const SEGMENT_CSV_HEADER = HEADER.map(csvCell).join(",") + "\r\n";

/** The report's per-segment table as RFC 4180 CSV; an empty cell means "no approved text yet". */
export function segmentCsv(segments: readonly SegmentFigures[]): string {
  return SEGMENT_CSV_HEADER + segmentCsvLines(segments);
}

/** Rows without the header, each ending in CRLF, so pages of rows can be appended one after another. */
export function segmentCsvLines(segments: readonly SegmentFigures[]): string {
  return segments
    .map((s) => [String(s.order), s.status, decimal(s.hter), decimal(s.chrf), decimal(s.penalty), decimal(s.activeMs / 1000)].map(csvCell).join(",") + "\r\n")
    .join("");
}

function decimal(value: number | null): string {
  return value === null ? "" : String(Math.round(value * 10_000) / 10_000);
}
