// Banded dynamic programming over Gale and Church's match types, by hand (see gale-church.ts): linear in the
// number of units because only cells near the length diagonal are filled.
import { AnchorCodes, mergeCodes } from "./anchors";
import { lengthCost, PRIORS } from "./gale-church";

/** Indices of consecutive source and target units that translate each other. */
export type AlignmentGroup = { source: number[]; target: number[] };

export type AlignmentUnit = { length: number; anchors: readonly string[] };

export type AlignOptions = {
  /** Target characters per source character; by default the ratio of the two totals. */
  ratio?: number;
  /** How many target units either side of the length diagonal each source unit may pair with (default 20). */
  band?: number;
  /** Unit indices that start a new block: a group never holds unit k - 1 and unit k for such k. */
  sourceBreaks?: ReadonlySet<number>;
  targetBreaks?: ReadonlySet<number>;
  /** Filled with the number of cells computed, for tests that check the work stays linear. */
  stats?: { cells: number };
};

const DEFAULT_BAND = 20;

export function alignUnits(source: AlignmentUnit[], target: AlignmentUnit[], options: AlignOptions = {}): AlignmentGroup[] {
  const n = source.length;
  const m = target.length;
  const sourceTotal = sum(source);
  const targetTotal = sum(target);
  const ratio = options.ratio ?? (sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1);
  const codes = new AnchorCodes();
  const sourceSide = sideOf(source, codes);
  const targetSide = sideOf(target, codes);
  const { lo, hi } = band(source, target, sourceTotal, targetTotal, options.band ?? DEFAULT_BAND);
  const costs: Float64Array[] = [];
  const moves: Uint8Array[] = [];
  let cells = 0;
  for (let i = 0; i <= n; i++) {
    const rowCost = new Float64Array(hi[i] - lo[i] + 1).fill(Infinity);
    const rowMove = new Uint8Array(hi[i] - lo[i] + 1);
    costs.push(rowCost);
    moves.push(rowMove);
    for (let j = lo[i]; j <= hi[i]; j++) {
      cells++;
      if (i === 0 && j === 0) {
        rowCost[0] = 0;
        continue;
      }
      for (let k = 0; k < PRIORS.length; k++) {
        const { source: di, target: dj, cost: prior } = PRIORS[k];
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const before = costs[pi][pj - lo[pi]];
        if (before === Infinity) continue;
        if (di === 2 && options.sourceBreaks?.has(i - 1)) continue;
        if (dj === 2 && options.targetBreaks?.has(j - 1)) continue;
        const total = before + prior + groupCost(sourceSide, targetSide, pi, i, pj, j, ratio, codes);
        if (total < rowCost[j - lo[i]]) {
          rowCost[j - lo[i]] = total;
          rowMove[j - lo[i]] = k;
        }
      }
    }
  }
  if (options.stats) options.stats.cells = cells;
  const groups: AlignmentGroup[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const { source: di, target: dj } = PRIORS[moves[i][j - lo[i]]];
    groups.push({ source: range(i - di, i), target: range(j - dj, j) });
    i -= di;
    j -= dj;
  }
  return groups.reverse();
}

/** Each unit's length and anchors, and those of each unit with the one before it (for 2-x groups). */
type Side = { lengths: number[]; anchors: Int32Array[]; pairAnchors: Int32Array[] };

function sideOf(units: AlignmentUnit[], codes: AnchorCodes): Side {
  const anchors = units.map((unit) => codes.encode(unit.anchors));
  const pairAnchors = anchors.map((own, k) => (k === 0 ? own : mergeCodes(anchors[k - 1], own)));
  return { lengths: units.map((unit) => unit.length), anchors, pairAnchors };
}

const NONE = new Int32Array(0);

/**
 * A sentence with no counterpart has no translation whose length could be compared, and its anchors are missing
 * from the other side because it was dropped: past this cost its length says nothing more, and its anchors cost
 * nothing, so a long sentence that the MT dropped is not forced into a wrong 2-1 group instead.
 */
const MAX_LONE_LENGTH_COST = 1;

function groupCost(source: Side, target: Side, i0: number, i1: number, j0: number, j1: number, ratio: number, codes: AnchorCodes): number {
  const lengths = lengthCost(spanLength(source, i0, i1), spanLength(target, j0, j1), ratio);
  if (i0 === i1 || j0 === j1) return Math.min(lengths, MAX_LONE_LENGTH_COST);
  return lengths + codes.cost(spanAnchors(source, i0, i1), spanAnchors(target, j0, j1));
}

function spanLength(side: Side, from: number, to: number): number {
  return to - from === 0 ? 0 : to - from === 1 ? side.lengths[from] : side.lengths[from] + side.lengths[from + 1];
}

function spanAnchors(side: Side, from: number, to: number): Int32Array {
  return to - from === 0 ? NONE : to - from === 1 ? side.anchors[from] : side.pairAnchors[to - 1];
}

/**
 * For each source prefix i, the target prefixes [lo[i], hi[i]] it may end with: `width` either side of where the
 * target reaches the same share of its characters. Both bounds only grow and each row starts at or before the
 * previous one's end, so a path from (0, 0) to (n, m) always exists.
 */
function band(source: AlignmentUnit[], target: AlignmentUnit[], sourceTotal: number, targetTotal: number, width: number) {
  const n = source.length;
  const m = target.length;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let sourceSoFar = 0;
  let targetSoFar = 0;
  let center = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0) sourceSoFar += source[i - 1].length;
    const share = i === n ? 1 : sourceTotal > 0 ? sourceSoFar / sourceTotal : i / n;
    while (center < m && (targetTotal > 0 ? targetSoFar + target[center].length / 2 : center + 0.5) < share * (targetTotal > 0 ? targetTotal : m)) {
      targetSoFar += target[center].length;
      center++;
    }
    if (i === n) center = m;
    lo[i] = Math.max(0, center - width);
    hi[i] = Math.min(m, center + width);
    if (i > 0) {
      lo[i] = Math.max(lo[i], lo[i - 1]);
      lo[i] = Math.min(lo[i], hi[i - 1]);
      hi[i] = Math.max(hi[i], hi[i - 1]);
    }
  }
  lo[0] = 0;
  return { lo, hi };
}

function sum(units: AlignmentUnit[]): number {
  let total = 0;
  for (const unit of units) total += unit.length;
  return total;
}

function range(from: number, to: number): number[] {
  const indices: number[] = [];
  for (let k = from; k < to; k++) indices.push(k);
  return indices;
}
