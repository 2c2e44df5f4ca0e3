// TER's greedy block-shift search, following sacrebleu's lib_ter.py (translation_edit_rate, _shift, _find_shifted_pairs, _perform_shift).
import { BeamEditDistance, OP_DEL, OP_NOP, OP_SUB } from "./beam-edit-distance";

const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const MAX_SHIFT_CANDIDATES = 1000;

type Words = readonly number[];
type Shift = { gain: number; length: number; startH: number; target: number; words: Words };
type SearchBudget = { checkedCandidates: number };

/** Words are small non-negative integer ids (equal ids = equal words); edits include one per shift. */
export function translationEditRate(hyp: Words, ref: Words): { edits: number; refLength: number } {
  if (ref.length === 0) return { edits: hyp.length, refLength: 0 };
  const wordIdLimit = [...hyp, ...ref].reduce((max, id) => Math.max(max, id), 0) + 1;
  const editDistance = new BeamEditDistance(ref, wordIdLimit);
  const budget: SearchBudget = { checkedCandidates: 0 };
  let words = hyp;
  let shifts = 0;
  for (;;) {
    const best = findBestShift(words, ref, editDistance, budget);
    // As in sacrebleu, the shift found when the candidate budget runs out is not applied.
    if (budget.checkedCandidates >= MAX_SHIFT_CANDIDATES || best.gain <= 0) break;
    shifts++;
    words = best.words;
  }
  return { edits: shifts + editDistance.distance(words), refLength: ref.length };
}

function findBestShift(words: Words, ref: Words, editDistance: BeamEditDistance, budget: SearchBudget): Pick<Shift, "gain" | "words"> {
  const { distance: before, trace } = editDistance.trace(words);
  const { refToHyp, hypErrorsBefore, refErrorsBefore } = alignTrace(trace);
  let best: Shift | null = null;

  for (const [startH, startR, length] of shiftedPairs(words, ref)) {
    // Shift only a wrongly placed block to a place where the reference is not already matched.
    if (hypErrorsBefore[startH + length] - hypErrorsBefore[startH] === 0) continue;
    if (refErrorsBefore[startR + length] - refErrorsBefore[startR] === 0) continue;
    if (startH <= refToHyp[startR] && refToHyp[startR] < startH + length) continue;

    let previousTarget = -1;
    for (let offset = -1; offset < length; offset++) {
      // sacrebleu inserts before the aligned word, where Tercom inserts after it.
      const target = startR + offset === -1 ? 0 : refToHyp[startR + offset] + 1;
      if (target === previousTarget) continue;
      previousTarget = target;
      const shifted = performShift(words, startH, length, target);
      const candidate = { gain: before - editDistance.distance(shifted), length, startH, target, words: shifted };
      budget.checkedCandidates++;
      if (!best || ranksAbove(candidate, best)) best = candidate;
    }
    if (budget.checkedCandidates >= MAX_SHIFT_CANDIDATES) break;
  }
  return best ?? { gain: 0, words };
}

/** Tercom's ranking: biggest gain, then longest block, then earliest block, then earliest target. */
function ranksAbove(a: Shift, b: Shift): boolean {
  if (a.gain !== b.gain) return a.gain > b.gain;
  if (a.length !== b.length) return a.length > b.length;
  if (a.startH !== b.startH) return a.startH < b.startH;
  return a.target < b.target;
}

/** [startH, startR, length] of every common run of up to MAX_SHIFT_SIZE words, in sacrebleu's order. */
function* shiftedPairs(hyp: Words, ref: Words): Generator<[number, number, number]> {
  for (let startH = 0; startH < hyp.length; startH++) {
    const lastR = Math.min(ref.length - 1, startH + MAX_SHIFT_DIST);
    for (let startR = Math.max(0, startH - MAX_SHIFT_DIST); startR <= lastR; startR++) {
      for (let length = 1; length <= MAX_SHIFT_SIZE && hyp[startH + length - 1] === ref[startR + length - 1]; length++) {
        yield [startH, startR, length];
        if (startH + length === hyp.length || startR + length === ref.length) break;
      }
    }
  }
}

export function performShift(words: Words, start: number, length: number, target: number): Words {
  const block = words.slice(start, start + length);
  if (target < start) return [...words.slice(0, target), ...block, ...words.slice(target, start), ...words.slice(start + length)];
  if (target > start + length) return [...words.slice(0, start), ...words.slice(start + length, target), ...block, ...words.slice(target)];
  // A target inside the block: sacrebleu's own slicing, kept as is for identical results.
  return [...words.slice(0, start), ...words.slice(start + length, length + target), ...block, ...words.slice(length + target)];
}

/**
 * Reads the hyp -> ref trace the way sacrebleu reads its flipped ref -> hyp trace:
 * where each reference word sits in the hypothesis, and prefix counts of errors.
 */
function alignTrace(trace: readonly number[]) {
  const refToHyp: number[] = [];
  const hypErrorsBefore = [0];
  const refErrorsBefore = [0];
  let hypPosition = -1;
  for (const op of trace) {
    if (op === OP_NOP || op === OP_SUB) {
      hypPosition++;
      refToHyp.push(hypPosition);
      hypErrorsBefore.push(hypErrorsBefore.at(-1)! + (op === OP_SUB ? 1 : 0));
      refErrorsBefore.push(refErrorsBefore.at(-1)! + (op === OP_SUB ? 1 : 0));
    } else if (op === OP_DEL) {
      hypPosition++;
      hypErrorsBefore.push(hypErrorsBefore.at(-1)! + 1);
    } else {
      refToHyp.push(hypPosition);
      refErrorsBefore.push(refErrorsBefore.at(-1)! + 1);
    }
  }
  return { refToHyp, hypErrorsBefore, refErrorsBefore };
}
