// The document's MQM penalty and score, and its errors by category, by severity and by the costliest kinds, from flags counted by kind.
import { annotationWeight, mqmScore } from "@/lib/metrics/mqm";
import type { Typology } from "@/lib/metrics/typology";
import type { MqmSummary, QualityReport, ReportAnnotation, Tally } from "./types";

/** Flags of one kind (category, subcategory, severity) and how many there are: what SQL's GROUP BY returns. */
export type AnnotationGroup = { category: string; subcategory: string | null; severity: string; count: number };
export type MqmFigures = Pick<QualityReport, "mqm" | "byCategory" | "bySeverity" | "costliest">;

/** Open and resolved flags count; dismissed ones were judged not to be errors. */
export function groupAnnotations(annotations: readonly ReportAnnotation[]): { groups: AnnotationGroup[]; dismissed: number } {
  const groups = new Map<string, AnnotationGroup>();
  let dismissed = 0;
  for (const { category, subcategory, severity, state } of annotations) {
    if (state === "dismissed") {
      dismissed++;
      continue;
    }
    const key = JSON.stringify([category, subcategory ?? null, severity]);
    const group = groups.get(key) ?? { category, subcategory: subcategory ?? null, severity, count: 0 };
    group.count++;
    groups.set(key, group);
  }
  return { groups: [...groups.values()], dismissed };
}

/** The flags and MT words of the reviewed segments (those with approved text), which the score is computed over. */
export type ReviewedFlags = { groups: readonly AnnotationGroup[]; segments: number; words: number };

export function mqmFigures(groups: readonly AnnotationGroup[], dismissed: number, wordCount: number, reviewedFlags: ReviewedFlags, typology: Typology): MqmFigures {
  const weighted = groups.map((group) => ({ ...group, penalty: group.count * annotationWeight(group, typology) }));
  const penalty = weighted.reduce((total, group) => total + group.penalty, 0);
  const counted = groups.reduce((total, group) => total + group.count, 0);
  const reviewed = {
    segments: reviewedFlags.segments,
    words: reviewedFlags.words,
    penalty: reviewedFlags.groups.reduce((total, group) => total + group.count * annotationWeight(group, typology), 0),
    flags: reviewedFlags.groups.reduce((total, group) => total + group.count, 0),
  };
  const mqm: MqmSummary = {
    penalty,
    wordCount,
    counted,
    dismissed,
    reviewed,
    score: reviewed.words > 0 ? mqmScore({ penalty: reviewed.penalty, wordCount: reviewed.words }) : null,
    perThousandWords: reviewed.words > 0 ? (1000 * reviewed.penalty) / reviewed.words : null,
  };
  return {
    mqm,
    byCategory: inOrder(tally(weighted, (g) => g.category), typology.categories.map((c) => c.name)),
    bySeverity: inOrder(tally(weighted, (g) => g.severity), typology.severities.map((s) => s.name)),
    // Category and subcategory together, ranked by penalty, then by count.
    costliest: [...tally(weighted, (g) => (g.subcategory ? `${g.category} / ${g.subcategory}` : g.category)).values()].sort(
      (a, b) => b.penalty - a.penalty || b.count - a.count || a.name.localeCompare(b.name),
    ),
  };
}

function tally(groups: readonly (AnnotationGroup & { penalty: number })[], nameOf: (group: AnnotationGroup) => string): Map<string, Tally> {
  // A Map: names come from data and must not meet Object.prototype.
  const tallies = new Map<string, Tally>();
  for (const group of groups) {
    const name = nameOf(group);
    const entry = tallies.get(name) ?? { name, count: 0, penalty: 0 };
    entry.count += group.count;
    entry.penalty += group.penalty;
    tallies.set(name, entry);
  }
  return tallies;
}

/** Every name of the typology in its order (zero when unused), then any other names found in the data. */
function inOrder(tallies: Map<string, Tally>, names: string[]): Tally[] {
  const all = [...names, ...[...tallies.keys()].filter((name) => !names.includes(name))];
  return all.map((name) => ({ name, count: tallies.get(name)?.count ?? 0, penalty: tallies.get(name)?.penalty ?? 0 }));
}
