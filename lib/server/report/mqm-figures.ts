// The document's MQM penalty and score, and its errors by category, by severity and by the costliest kinds.
import { annotationWeight, countWords, mqmScore, segmentPenalty, tallyByCategory, tallyBySeverity } from "@/lib/metrics/mqm";
import type { Typology } from "@/lib/metrics/typology";
import type { QualityReport, ReportSegmentInput, Tally } from "./types";

/** Open and resolved flags count; dismissed ones were judged not to be errors. */
export function mqmFigures(inputs: readonly ReportSegmentInput[], typology: Typology): Pick<QualityReport, "mqm" | "byCategory" | "bySeverity" | "costliest"> {
  const all = inputs.flatMap((input) => input.annotations);
  const annotations = all.filter((annotation) => annotation.state !== "dismissed");
  const dismissed = all.length - annotations.length;
  const penalty = segmentPenalty(annotations, typology);
  const wordCount = inputs.reduce((total, input) => total + countWords(input.mt), 0);
  // A penalty on a text without words has no score (mqmScore throws); an import always has words, so this is odd data.
  const score = wordCount > 0 || penalty === 0 ? mqmScore({ penalty, wordCount }) : null;
  return {
    mqm: { penalty, wordCount, score, counted: annotations.length, dismissed },
    byCategory: inOrder(tallyByCategory(annotations, typology), typology.categories.map((c) => c.name)),
    bySeverity: inOrder(tallyBySeverity(annotations, typology), typology.severities.map((s) => s.name)),
    costliest: costliest(annotations, typology),
  };
}

/** Every name of the typology in its order (zero when unused), then any other names found in the data. */
function inOrder(tallies: Record<string, { count: number; penalty: number }>, names: string[]): Tally[] {
  const all = [...names, ...Object.keys(tallies).filter((name) => !names.includes(name))];
  return all.map((name) => ({ name, count: tallies[name]?.count ?? 0, penalty: tallies[name]?.penalty ?? 0 }));
}

/** Category and subcategory together, ranked by penalty, then by count. */
function costliest(annotations: ReportSegmentInput["annotations"], typology: Typology): Tally[] {
  const tallies = new Map<string, Tally>();
  for (const annotation of annotations) {
    const name = annotation.subcategory ? `${annotation.category} / ${annotation.subcategory}` : annotation.category;
    const entry = tallies.get(name) ?? { name, count: 0, penalty: 0 };
    entry.count++;
    entry.penalty += annotationWeight(annotation, typology);
    tallies.set(name, entry);
  }
  return [...tallies.values()].sort((a, b) => b.penalty - a.penalty || b.count - a.count || a.name.localeCompare(b.name));
}
