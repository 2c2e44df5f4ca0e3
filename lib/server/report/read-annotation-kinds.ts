import type { Tx } from "@/lib/db";
import { annotationWeight } from "@/lib/metrics/mqm";
import type { Typology } from "@/lib/metrics/typology";
import type { AnnotationGroup } from "./mqm-figures";

/** The weight of each kind of flag in use, decided once in JavaScript so SQL can sum penalties per segment with it. */
export type KindWeights = { categories: string[]; subcategories: (string | null)[]; severities: string[]; weights: number[] };

type KindRow = AnnotationGroup & { dismissed: boolean; reviewed: boolean };

/**
 * A document's flags counted by kind and state in SQL; weights and tallies (mqmFigures) follow from those few rows.
 * `reviewed`: the counted flags on segments with approved text, which the MQM score is computed over.
 */
export async function readAnnotationKinds(
  db: Tx,
  documentId: number,
  typology: Typology,
): Promise<{ counted: AnnotationGroup[]; reviewed: AnnotationGroup[]; dismissed: number; kinds: KindWeights }> {
  const rows = await db.$queryRaw<KindRow[]>`
    SELECT a.category, a.subcategory, a.severity, a.state = 'dismissed' AS dismissed, s."approvedProposalId" IS NOT NULL AS reviewed, COUNT(*)::int AS count
    FROM "Annotation" a JOIN "Segment" s ON s.id = a."segmentId"
    WHERE s."documentId" = ${documentId}
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3`;
  const live = rows.filter((row) => !row.dismissed);
  const reviewed = live.filter((row) => row.reviewed).map(({ category, subcategory, severity, count }) => ({ category, subcategory, severity, count }));
  // One row per kind: the SQL that sums penalties per segment joins on these, so a kind listed twice would count twice.
  const byKind = new Map<string, AnnotationGroup>();
  for (const { category, subcategory, severity, count } of live) {
    const key = JSON.stringify([category, subcategory, severity]);
    const group = byKind.get(key) ?? { category, subcategory, severity, count: 0 };
    group.count += count;
    byKind.set(key, group);
  }
  const counted = [...byKind.values()];
  const dismissed = rows.filter((row) => row.dismissed).reduce((total, row) => total + row.count, 0);
  const kinds: KindWeights = {
    categories: counted.map((g) => g.category),
    subcategories: counted.map((g) => g.subcategory),
    severities: counted.map((g) => g.severity),
    weights: counted.map((g) => annotationWeight(g, typology)),
  };
  return { counted, reviewed, dismissed, kinds };
}
