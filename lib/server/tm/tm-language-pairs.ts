import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Whether a stored tag serves a wanted one: the same tag, or the same language in another region (ru-RU for ru, en-US
 * for en-GB), as CAT tools' TMX files tag it. A private-use tag (en-x-mt, the MT side) only ever meets itself.
 */
export function sameLanguage(stored: string, wanted: string): boolean {
  if (stored.toLowerCase() === wanted.toLowerCase()) return true;
  if (/-x-/i.test(stored) || /-x-/i.test(wanted)) return false;
  return stored.split("-")[0].toLowerCase() === wanted.split("-")[0].toLowerCase();
}

/**
 * The memory's language pairs that serve a lookup, and the lookup's trigram threshold set for this transaction in the
 * same round trip (a lookup's time is a few statements). The distinct pairs are read by a skip scan of the
 * (sourceLanguage, targetLanguage, sourceHash) index, one probe per pair, so the cost does not grow with the entries.
 */
export async function servingLanguages(tx: Tx, sourceLanguage: string, targetLanguage: string, threshold: number): Promise<{ sources: string[]; targets: string[] }> {
  const [found] = await tx.$queryRaw<{ pairs: { s: string; t: string }[] | null }[]>`
    WITH RECURSIVE pairs AS (
      (SELECT "sourceLanguage" AS s, "targetLanguage" AS t FROM "TranslationMemoryEntry" ORDER BY 1, 2 LIMIT 1)
      UNION ALL
      SELECT next.s, next.t FROM pairs, LATERAL (
        SELECT "sourceLanguage" AS s, "targetLanguage" AS t FROM "TranslationMemoryEntry"
        WHERE ("sourceLanguage", "targetLanguage") > (pairs.s, pairs.t) ORDER BY 1, 2 LIMIT 1
      ) AS next
    )
    SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true) AS threshold, (SELECT json_agg(pairs) FROM pairs) AS pairs`;
  const serving = (found.pairs ?? []).filter(({ s, t }) => sameLanguage(s, sourceLanguage) && sameLanguage(t, targetLanguage));
  return { sources: [...new Set([sourceLanguage, ...serving.map((p) => p.s)])], targets: [...new Set([targetLanguage, ...serving.map((p) => p.t)])] };
}
