import type { Tx } from "@/lib/db";
import { annotationWeight } from "@/lib/metrics/mqm";
import type { Typology } from "@/lib/metrics/typology";
import type { AnnotationGroup } from "./mqm-figures";

/** The weight of each kind of flag in use, decided once in JavaScript so SQL can sum penalties per segment with it. */
export type KindWeights = { categories: string[]; subcategories: (string | null)[]; severities: string[]; weights: number[] };

/** A document's flags counted by kind and state in SQL; weights and tallies (mqmFigures) follow from those few rows. */
export async function readAnnotationKinds(db: Tx, documentId: number, typology: Typology): Promise<{ counted: AnnotationGroup[]; dismissed: number; kinds: KindWeights }> {
  const rows = await db.$queryRaw<(AnnotationGroup & { dismissed: boolean })[]>`
    SELECT a.category, a.subcategory, a.severity, a.state = 'dismissed' AS dismissed, COUNT(*)::int AS count
    FROM "Annotation" a JOIN "Segment" s ON s.id = a."segmentId"
    WHERE s."documentId" = ${documentId}
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3`;
  const counted = rows.filter((row) => !row.dismissed);
  const dismissed = rows.filter((row) => row.dismissed).reduce((total, row) => total + row.count, 0);
  const kinds: KindWeights = {
    categories: counted.map((g) => g.category),
    subcategories: counted.map((g) => g.subcategory),
    severities: counted.map((g) => g.severity),
    weights: counted.map((g) => annotationWeight(g, typology)),
  };
  return { counted, dismissed, kinds };
}
