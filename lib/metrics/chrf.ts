// chrF as sacrebleu's CHRF() computes it with its defaults (sacrebleu/metrics/chrf.py, metrics/helpers.py).
import { removeWhitespace } from "./python-whitespace";

/** sacrebleu's defaults: char_order 6, word_order 0, beta 2, whitespace excluded, eps_smoothing off. */
export const CHRF_CHAR_ORDER = 6;
const BETA = 2;

/** [hypNgrams, refNgrams, matches] for each order 1..6, flattened, as sacrebleu's segment statistics. */
export type ChrfStats = number[];

export function chrfStats(hyp: string, ref: string): ChrfStats {
  const hypNgrams = charNgrams(hyp);
  const refNgrams = charNgrams(ref);
  return hypNgrams.flatMap((hypCounts, i) => matchStatistics(hypCounts, refNgrams[i]));
}

/** The F-score over orders with both hypothesis and reference n-grams ("effective order"). */
export function chrfFromStats(stats: ChrfStats): number {
  const factor = BETA ** 2;
  let averagePrecision = 0;
  let averageRecall = 0;
  let effectiveOrder = 0;
  for (let i = 0; i < CHRF_CHAR_ORDER; i++) {
    const [hypCount, refCount, matchCount] = stats.slice(3 * i, 3 * i + 3);
    if (hypCount > 0 && refCount > 0) {
      averagePrecision += matchCount / hypCount;
      averageRecall += matchCount / refCount;
      effectiveOrder++;
    }
  }
  if (effectiveOrder === 0) return 0;
  averagePrecision /= effectiveOrder;
  averageRecall /= effectiveOrder;
  if (averagePrecision + averageRecall === 0) return 0;
  let score = (1 + factor) * averagePrecision * averageRecall;
  score /= factor * averagePrecision + averageRecall;
  return 100 * score;
}

export function sumChrfStats(stats: ChrfStats[]): ChrfStats {
  const total: ChrfStats = new Array(3 * CHRF_CHAR_ORDER).fill(0);
  for (const segment of stats) segment.forEach((value, i) => (total[i] += value));
  return total;
}

export function chrf(hyp: string, ref: string): number {
  return chrfFromStats(chrfStats(hyp, ref));
}

/** One F-score from statistics summed over segments, as sacrebleu's corpus_score. */
export function corpusChrf(pairs: ReadonlyArray<{ hyp: string; ref: string }>): number {
  return chrfFromStats(sumChrfStats(pairs.map(({ hyp, ref }) => chrfStats(hyp, ref))));
}

/** Counts of n-grams of Unicode code points (Python str indexing), whitespace removed. */
function charNgrams(text: string): Map<string, number>[] {
  const chars = Array.from(removeWhitespace(text));
  const orders: Map<string, number>[] = [];
  for (let n = 1; n <= CHRF_CHAR_ORDER; n++) {
    const counts = new Map<string, number>();
    for (let i = 0; i + n <= chars.length; i++) {
      const ngram = chars.slice(i, i + n).join("");
      counts.set(ngram, (counts.get(ngram) ?? 0) + 1);
    }
    orders.push(counts);
  }
  return orders;
}

function matchStatistics(hyp: Map<string, number>, ref: Map<string, number>): number[] {
  let hypCount = 0;
  let matchCount = 0;
  let refCount = 0;
  for (const [ngram, count] of hyp) {
    hypCount += count;
    matchCount += Math.min(count, ref.get(ngram) ?? 0);
  }
  for (const count of ref.values()) refCount += count;
  // sacrebleu does not count hypothesis n-grams of an order the reference lacks.
  return [ref.size > 0 ? hypCount : 0, refCount, matchCount];
}
