import "server-only";
import type { Tx } from "@/lib/db";
import { servingLanguages } from "./tm-language-pairs";

/** Fuzzy matches below this trigram similarity are not shown (CAT tools' usual floor). */
export const MIN_SIMILARITY = 0.75;
export const MATCH_LIMIT = 3;

export type TmMatch = {
  entryId: number;
  sourceText: string;
  targetText: string;
  /** 100 for the same text; otherwise pg_trgm's similarity in percent, at most 99. */
  similarity: number;
  exact: boolean;
  documentId: number | null;
  documentTitle: string | null;
  segmentId: number | null;
  changedAt: Date;
  /** How many entries hold this same pair (the sentence approved the same way in several places). */
  uses: number;
};

type Lookup = { text: string; sourceLanguage: string; targetLanguage: string; excludeSegmentId?: number | null; limit?: number };

/**
 * The best TM matches for a text, in the caller's transaction, from entries of its languages in any region (ru-RU
 * serves ru): the same text exactly (by its md5, whatever its
 * trigrams), and texts whose trigram similarity is at least MIN_SIMILARITY through the GIN index (`%` with the threshold
 * set for this transaction only). Each distinct pair once, newest first among equals. The excluded segment is the one
 * being looked up for: its own approval is no suggestion.
 */
export async function findTmMatches(tx: Tx, { text, sourceLanguage, targetLanguage, excludeSegmentId = null, limit = MATCH_LIMIT }: Lookup): Promise<TmMatch[]> {
  const query = text.trim();
  if (!query) return [];
  const { sources, targets } = await servingLanguages(tx, sourceLanguage, targetLanguage, MIN_SIMILARITY);
  const rows = await tx.$queryRaw<(Omit<TmMatch, "similarity" | "uses" | "exact"> & { score: number; uses: bigint })[]>`
    WITH hits AS (
      SELECT e.*, 1::float8 AS score FROM "TranslationMemoryEntry" e
      WHERE e."sourceHash" = md5(${query}) AND e."sourceText" = ${query}
        AND e."sourceLanguage" = ANY(${sources}) AND e."targetLanguage" = ANY(${targets}) AND e."segmentId" IS DISTINCT FROM coalesce(${excludeSegmentId}::int, 0)
      UNION ALL
      SELECT e.*, similarity(e."sourceText", ${query})::float8 AS score FROM "TranslationMemoryEntry" e
      WHERE e."sourceText" % ${query} AND e."sourceText" <> ${query}
        AND e."sourceLanguage" = ANY(${sources}) AND e."targetLanguage" = ANY(${targets}) AND e."segmentId" IS DISTINCT FROM coalesce(${excludeSegmentId}::int, 0)
    ), pairs AS (
      SELECT DISTINCT ON ("sourceText", "targetText") id, "sourceText", "targetText", score, "documentId", "segmentId", "changedAt",
        count(*) OVER (PARTITION BY "sourceText", "targetText") AS uses
      FROM hits WHERE score >= ${MIN_SIMILARITY}
      ORDER BY "sourceText", "targetText", "changedAt" DESC, id DESC
    )
    SELECT pairs.id AS "entryId", pairs."sourceText", pairs."targetText", pairs.score, pairs."documentId", d.title AS "documentTitle",
      pairs."segmentId", pairs."changedAt", pairs.uses
    FROM pairs LEFT JOIN "Document" d ON d.id = pairs."documentId"
    ORDER BY pairs.score DESC, pairs."changedAt" DESC, pairs.id DESC
    LIMIT ${limit}`;
  return rows.map(({ score, uses, ...row }) => {
    const exact = row.sourceText === query;
    return { ...row, exact, similarity: exact ? 100 : Math.min(99, Math.floor(score * 100)), uses: Number(uses) };
  });
}
