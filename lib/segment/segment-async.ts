// segmentText that hands the event loop back every few milliseconds: a 5 MB import must not stall other users.
// Cooperative rather than a worker thread: it runs the same code unchanged under `next start` (whose bundler
// does not resolve worker files reliably), the tsx CLI and vitest, and needs no copy of the result between threads.
import { segmentTextSteps } from "./index";
import { runStepsCooperatively } from "./steps";
import type { SegmentOptions, SegmentedText } from "./types";

/** Longest run of segmenting between two turns of the event loop. */
export const SLICE_MS = 10;

/** The same result as segmentText, computed in slices of about 10 ms with other work served between them. */
export function segmentTextAsync(text: string, options: SegmentOptions = {}): Promise<SegmentedText> {
  return runStepsCooperatively(segmentTextSteps(text, options), SLICE_MS);
}
