import type { SegmentSortKey } from "./types";

/** Document order and status read ascending by default, the metrics largest first (the worst HTER, the costliest penalty). */
export function defaultAscending(key: SegmentSortKey): boolean {
  return key === "order" || key === "status";
}
