// Resumable work: the segmenter's loops are generators that pause every few thousand iterations, so the
// same code runs straight through (segmentText) or hands the event loop back between pauses (segmentTextAsync).

/** Work that pauses now and then and finally returns a T. */
export type Steps<T> = Generator<void, T, void>;

/** How many loop iterations pass between pauses: small enough for ~1 ms of work, large enough to cost nothing. */
export const PAUSE_EVERY = 4_096;

/**
 * Calls `run(from, until)` on [start, length) slice by slice and pauses between slices; `run` returns where the
 * next slice starts (`until`, or later when its last item spans several indices). Hot loops live in `run`, a plain
 * function, because V8 optimises a long loop inside a generator poorly (about 2x slower here).
 */
export function* inSlices(start: number, length: number, run: (from: number, until: number) => number): Steps<void> {
  for (let i = start; i < length; ) {
    i = run(i, Math.min(i + PAUSE_EVERY, length));
    yield;
  }
}

/** Runs work to the end without ever giving the event loop back. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs work, giving the event loop back once a slice of `sliceMs` has passed, so other requests are served meanwhile. */
export async function runStepsCooperatively<T>(steps: Steps<T>, sliceMs: number): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
