// Gale and Church's length cost, by hand: the published model is a dozen lines and no npm package implements it.
// W. Gale, K. Church, "A Program for Aligning Sentences in Bilingual Corpora", Computational Linguistics 19(1), 1993.

/** Variance of the target/source character-length ratio per source character (the paper's s² = 6.8). */
const VARIANCE = 6.8;

/** Prior probability of each match type (the paper's table 5, as NLTK's gale_church splits it). */
export const PRIORS: ReadonlyArray<{ source: number; target: number; cost: number }> = [
  { source: 1, target: 1, p: 0.89 },
  { source: 1, target: 0, p: 0.0099 },
  { source: 0, target: 1, p: 0.0099 },
  { source: 2, target: 1, p: 0.089 },
  { source: 1, target: 2, p: 0.089 },
  { source: 2, target: 2, p: 0.011 },
].map(({ source, target, p }) => ({ source, target, cost: -Math.log(p) }));

/** -log P(match | lengths): how unlikely it is that `targetLength` characters translate `sourceLength`, given the ratio `c`. */
export function lengthCost(sourceLength: number, targetLength: number, c: number): number {
  if (sourceLength === 0 && targetLength === 0) return 0;
  const mean = (sourceLength + targetLength / c) / 2;
  const delta = Math.abs(sourceLength * c - targetLength) / Math.sqrt(mean * VARIANCE);
  return -logErfc(delta / Math.SQRT2);
}

/** log(erfc(x)) for x >= 0, from Abramowitz and Stegun 7.1.26, computed in logs so a far-off length never gives log(0). */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.log(poly) - x * x;
}
