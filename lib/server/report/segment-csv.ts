import type { SegmentFigures } from "./types";

const HEADER = ["segment", "status", "hter", "chrf", "mqm_penalty", "active_seconds"];

/** The report's per-segment table as RFC 4180 CSV; an empty cell means "no approved text yet". */
export function segmentCsv(segments: readonly SegmentFigures[]): string {
  const rows = segments.map((s) => [String(s.order), s.status, decimal(s.hter), decimal(s.chrf), decimal(s.penalty), decimal(s.activeMs / 1000)]);
  return [HEADER, ...rows].map((row) => row.join(",")).join("\r\n") + "\r\n";
}

function decimal(value: number | null): string {
  return value === null ? "" : String(Math.round(value * 10_000) / 10_000);
}
