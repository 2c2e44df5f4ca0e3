// Word-level Levenshtein distance with a beam and a prefix-row cache, after sacrebleu's lib_ter.py BeamEditDistance.

export const OP_NOP = 0;
export const OP_SUB = 1;
/** Consumes a reference word only. */
export const OP_INS = 2;
/** Consumes a hypothesis word only. */
export const OP_DEL = 3;
const OP_UNDEF = 4;

const BEAM_WIDTH = 25;
const MAX_CACHE_SIZE = 10_000;
// sacrebleu's int(1e16): a cell out of the beam, which no cost computed from it can undercut.
const INFINITY = 2 ** 30;

/** Cells [start, start + width) of one matrix row, stored at offset in shared buffers; cells outside are infinite. */
type Row = { start: number; width: number; offset: number; costs: Int32Array; ops: Uint8Array };

/**
 * Rows depend only on the hypothesis prefix (and its length, which shifts never
 * change), so they are cached in a trie of prefixes, as sacrebleu does.
 * Word ids must be integers in [0, wordIdLimit).
 */
export class BeamEditDistance {
  private readonly trieRows: Row[];
  private readonly trieChildren = new Map<number, number>();

  constructor(
    private readonly ref: readonly number[],
    private readonly wordIdLimit: number,
  ) {
    const width = ref.length + 1;
    const initialRow: Row = { start: 0, width, offset: 0, costs: new Int32Array(width), ops: new Uint8Array(width).fill(OP_INS) };
    for (let j = 0; j < width; j++) initialRow.costs[j] = j;
    this.trieRows = [initialRow];
  }

  distance(hyp: readonly number[]): number {
    return costAt(this.rowsFor(hyp)[hyp.length], this.ref.length);
  }

  /** The distance and the operations from hyp to the reference, in order. */
  trace(hyp: readonly number[]): { distance: number; trace: number[] } {
    const rows = this.rowsFor(hyp);
    return { distance: costAt(rows[hyp.length], this.ref.length), trace: backtrack(rows, hyp.length, this.ref.length) };
  }

  private rowsFor(hyp: readonly number[]): Row[] {
    const rows = [this.trieRows[0]];
    const nodes = [0];
    for (let i = 0; i < hyp.length; i++) {
      const child = this.trieChildren.get(nodes[i] * this.wordIdLimit + hyp[i]);
      if (child === undefined) break;
      nodes.push(child);
      rows.push(this.trieRows[child]);
    }
    const cached = rows.length - 1;
    const beams = [];
    for (let i = cached + 1; i <= hyp.length; i++) beams.push(this.beamAt(hyp.length, i));
    // One buffer for all new rows: many small typed arrays cost more than the arithmetic.
    const size = beams.reduce((total, [minJ, maxJ]) => total + maxJ - minJ, 0);
    const costs = new Int32Array(size);
    const ops = new Uint8Array(size);
    let offset = 0;
    for (const [minJ, maxJ] of beams) {
      const row: Row = { start: minJ, width: maxJ - minJ, offset, costs, ops };
      this.fillRow(row, hyp[rows.length - 1], rows[rows.length - 1]);
      rows.push(row);
      offset += row.width;
    }
    this.addToCache(hyp, nodes, rows);
    return rows;
  }

  private fillRow(row: Row, word: number, prev: Row): void {
    const { start, width, offset, costs, ops } = row;
    const ref = this.ref;
    // Columns of prev that are outside its beam count as infinite.
    const prevFrom = prev.start;
    const prevTo = prev.start + prev.width;
    const prevShift = prev.offset - prev.start;
    const prevCosts = prev.costs;
    let left = INFINITY;
    let diagonal = start - 1 >= prevFrom && start - 1 < prevTo ? prevCosts[prevShift + start - 1] : INFINITY;
    for (let j = start; j < start + width; j++) {
      const above = j >= prevFrom && j < prevTo ? prevCosts[prevShift + j] : INFINITY;
      let cost = INFINITY;
      let op = OP_UNDEF;
      if (j === 0) {
        cost = above + 1;
        op = OP_DEL;
      } else {
        // sacrebleu's preference on ties: match/substitution, then deletion, then insertion.
        const substitution = word === ref[j - 1] ? 0 : 1;
        if (diagonal + substitution < cost) {
          cost = diagonal + substitution;
          op = substitution === 0 ? OP_NOP : OP_SUB;
        }
        if (above + 1 < cost) {
          cost = above + 1;
          op = OP_DEL;
        }
        if (left + 1 < cost) {
          cost = left + 1;
          op = OP_INS;
        }
      }
      costs[offset + j - start] = cost;
      ops[offset + j - start] = op;
      left = cost;
      diagonal = above;
    }
  }

  /** The columns [minJ, maxJ) computed for row i: a band around the length-scaled diagonal. */
  private beamAt(n: number, i: number): [number, number] {
    const m = this.ref.length;
    const lengthRatio = n > 0 ? m / n : 1;
    // Very unequal lengths would leave no overlap with the previous row's beam.
    const beamWidth = BEAM_WIDTH < lengthRatio / 2 ? Math.ceil(lengthRatio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
    const pseudoDiagonal = Math.floor(i * lengthRatio);
    const minJ = Math.max(0, pseudoDiagonal - beamWidth);
    return [minJ, i === n ? m + 1 : Math.min(m + 1, pseudoDiagonal + beamWidth)];
  }

  private addToCache(hyp: readonly number[], nodes: number[], rows: Row[]): void {
    // Like sacrebleu, stop growing at the limit but finish the hypothesis being added.
    if (this.trieRows.length - 1 >= MAX_CACHE_SIZE) return;
    let node = nodes[nodes.length - 1];
    for (let i = nodes.length - 1; i < hyp.length; i++) {
      this.trieRows.push(rows[i + 1]);
      this.trieChildren.set(node * this.wordIdLimit + hyp[i], this.trieRows.length - 1);
      node = this.trieRows.length - 1;
    }
  }
}

function backtrack(rows: Row[], n: number, m: number): number[] {
  const trace: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const op = opAt(rows[i], j);
    trace.push(op);
    if (op === OP_NOP || op === OP_SUB) {
      i--;
      j--;
    } else if (op === OP_INS) j--;
    else if (op === OP_DEL) i--;
    else throw new Error(`TER edit distance: no path through cell (${i}, ${j}) of the beam`);
  }
  return trace.reverse();
}

function costAt(row: Row, j: number): number {
  const k = j - row.start;
  return k >= 0 && k < row.width ? row.costs[row.offset + k] : INFINITY;
}

function opAt(row: Row, j: number): number {
  const k = j - row.start;
  return k >= 0 && k < row.width ? row.ops[row.offset + k] : OP_UNDEF;
}
