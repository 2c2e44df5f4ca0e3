// TER and HTER as sacrebleu's TER() computes them with its defaults (sacrebleu/metrics/ter.py, tokenizers/tokenizer_ter.py).
import { splitOnWhitespace } from "./python-whitespace";
import { translationEditRate } from "./translation-edit-rate";

export type TerOptions = {
  /** sacrebleu's case_sensitive; off by default, so words are compared lowercased. */
  caseSensitive?: boolean;
};

export type TerStats = { edits: number; refLength: number };

/**
 * sacrebleu's default TercomTokenizer (normalized, no_punct and asian_support off)
 * only lowercases; words are then whatever Python's str.split() finds.
 */
export function tokenizeForTer(text: string, options: TerOptions = {}): string[] {
  return splitOnWhitespace(options.caseSensitive ? text : text.toLowerCase());
}

export function terStats(hyp: string, ref: string, options: TerOptions = {}): TerStats {
  const ids = new Map<string, number>();
  const toIds = (words: string[]) =>
    words.map((word) => {
      if (!ids.has(word)) ids.set(word, ids.size);
      return ids.get(word)!;
    });
  return translationEditRate(toIds(tokenizeForTer(hyp, options)), toIds(tokenizeForTer(ref, options)));
}

/** sacrebleu's rule for an empty reference: 100 if anything was to be deleted, else 0. */
export function terFromStats({ edits, refLength }: TerStats): number {
  if (refLength > 0) return (100 * edits) / refLength;
  return edits > 0 ? 100 : 0;
}

export function sumTerStats(stats: TerStats[]): TerStats {
  return stats.reduce((total, s) => ({ edits: total.edits + s.edits, refLength: total.refLength + s.refLength }), {
    edits: 0,
    refLength: 0,
  });
}

export function ter(hyp: string, ref: string, options: TerOptions = {}): number {
  return terFromStats(terStats(hyp, ref, options));
}

/** Total edits over total reference words, as sacrebleu's corpus_score; 0 for no pairs. */
export function corpusTer(pairs: ReadonlyArray<{ hyp: string; ref: string }>, options: TerOptions = {}): number {
  return terFromStats(sumTerStats(pairs.map(({ hyp, ref }) => terStats(hyp, ref, options))));
}

/** HTER: TER of the MT against its post-edited (final) text. */
export function hter(mt: string, pe: string, options: TerOptions = {}): number {
  return ter(mt, pe, options);
}

export function corpusHter(pairs: ReadonlyArray<{ mt: string; pe: string }>, options: TerOptions = {}): number {
  return corpusTer(
    pairs.map(({ mt, pe }) => ({ hyp: mt, ref: pe })),
    options,
  );
}
