// MQM penalties and scores as PRODUCT.md defines them: weights of Freitag et al. (2021), MQM 2.0's raw scoring model.
import { splitOnWhitespace } from "./python-whitespace";
import { DEFAULT_TYPOLOGY, type Typology } from "./typology";

export type MqmWeights = Pick<Typology, "severities" | "overrides">;

export const DEFAULT_MQM_WEIGHTS: MqmWeights = {
  severities: DEFAULT_TYPOLOGY.severities,
  overrides: DEFAULT_TYPOLOGY.overrides,
};

/** The fields of an Annotation that scoring reads; the caller decides which states count (e.g. not dismissed). */
export type MqmAnnotation = { category: string; subcategory?: string | null; severity: string };

export type MqmTally = { count: number; penalty: number };

export function annotationWeight(annotation: MqmAnnotation, weights: MqmWeights = DEFAULT_MQM_WEIGHTS): number {
  const severity = weights.severities.find((s) => s.name === annotation.severity);
  // A silent 0 would make an unknown severity look like a clean segment.
  if (!severity) throw new RangeError(`Unknown MQM severity "${annotation.severity}"`);
  const override = weights.overrides.find(
    (o) =>
      o.category === annotation.category &&
      (o.subcategory === undefined || o.subcategory === annotation.subcategory) &&
      (o.severity === undefined || o.severity === annotation.severity),
  );
  return override ? override.weight : severity.weight;
}

/** The sum of the annotations' weights: a segment's penalty, or a document's when given all its annotations. */
export function segmentPenalty(annotations: readonly MqmAnnotation[], weights: MqmWeights = DEFAULT_MQM_WEIGHTS): number {
  return annotations.reduce((total, annotation) => total + annotationWeight(annotation, weights), 0);
}

/** MQM 2.0 raw score: 100 × (1 − penalty / word count of the MT). Negative when penalties outweigh the words. */
export function mqmScore({ penalty, wordCount }: { penalty: number; wordCount: number }): number {
  if (wordCount > 0) return 100 * (1 - penalty / wordCount);
  if (penalty === 0) return 100;
  throw new RangeError("An MQM score with penalties needs a positive word count");
}

/** Whitespace-delimited words, the unit of MQM's word count. */
export function countWords(text: string): number {
  return splitOnWhitespace(text).length;
}

export function documentMqm(
  segments: ReadonlyArray<{ mt: string; annotations: readonly MqmAnnotation[] }>,
  weights: MqmWeights = DEFAULT_MQM_WEIGHTS,
): { penalty: number; wordCount: number; score: number } {
  const penalty = segments.reduce((total, s) => total + segmentPenalty(s.annotations, weights), 0);
  const wordCount = segments.reduce((total, s) => total + countWords(s.mt), 0);
  return { penalty, wordCount, score: mqmScore({ penalty, wordCount }) };
}

export function tallyByCategory(annotations: readonly MqmAnnotation[], weights: MqmWeights = DEFAULT_MQM_WEIGHTS): Record<string, MqmTally> {
  return tally(annotations, (a) => a.category, weights);
}

export function tallyBySeverity(annotations: readonly MqmAnnotation[], weights: MqmWeights = DEFAULT_MQM_WEIGHTS): Record<string, MqmTally> {
  return tally(annotations, (a) => a.severity, weights);
}

function tally(annotations: readonly MqmAnnotation[], keyOf: (a: MqmAnnotation) => string, weights: MqmWeights): Record<string, MqmTally> {
  // A Map, then fromEntries: names come from data and must not meet Object.prototype.
  const tallies = new Map<string, MqmTally>();
  for (const annotation of annotations) {
    const entry = tallies.get(keyOf(annotation)) ?? { count: 0, penalty: 0 };
    entry.count++;
    entry.penalty += annotationWeight(annotation, weights);
    tallies.set(keyOf(annotation), entry);
  }
  return Object.fromEntries(tallies);
}
