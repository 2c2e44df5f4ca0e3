import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MAX_TMX_BYTES, tmxTooLargeMessage } from "@/lib/formats/tmx-bytes";
import { parseTmxPairs, type TmxUnit } from "@/lib/formats/tmx-parse";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

export const MAX_TMX_UNITS = 200_000;
const CHUNK = 5_000;

function canonical(tag: string, side: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    throw new AppError("bad_input", `The TMX file's ${side} language "${tag}" is not a language tag.`);
  }
}

/**
 * Adds a TMX file's pairs, of each language pair in it, to the translation memory in one transaction: all of them or,
 * on any problem, none. A pair the memory already holds (same languages and texts) is skipped, so importing a file
 * twice adds nothing; imports are serialised by an advisory lock so two at once cannot both add one pair.
 */
export const importTm = defineUseCase(
  { name: "importTm", permission: "tm.manage", input: z.object({ xml: z.string(), fileName: z.string().max(255).optional() }), timeout: 120_000 },
  async ({ actor, input: { xml, fileName }, db: tx }) => {
    const bytes = Buffer.byteLength(xml);
    if (bytes > MAX_TMX_BYTES) throw new AppError("too_large", tmxTooLargeMessage(bytes));
    if (xml.includes("\u0000")) throw new AppError("bad_input", "The TMX file contains a NUL character, which XML does not allow.");
    const pairs = parseTmxPairs(xml, { translationsOnly: true });
    const count = pairs.reduce((sum, pair) => sum + pair.units.length, 0);
    if (count > MAX_TMX_UNITS) throw new AppError("too_large", `The TMX file has ${count} units; at most ${MAX_TMX_UNITS} are imported at a time.`);
    const languages = pairs.map((pair) => ({ sourceLanguage: canonical(pair.sourceLang, "source"), targetLanguage: canonical(pair.targetLang, "target") }));
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('verso.tm-import'))`;
    let imported = 0;
    for (const [index, pair] of pairs.entries()) {
      const units = distinct(pair.units);
      const { sourceLanguage, targetLanguage } = languages[index];
      for (let from = 0; from < units.length; from += CHUNK) imported += await insertChunk(tx, units.slice(from, from + CHUNK), sourceLanguage, targetLanguage, actor.id);
    }
    const result = { ...languages[0], languages, units: count, imported, skipped: count - imported };
    await recordAudit(tx, { actorId: actor.id, action: "tm.import", entityType: "TranslationMemory", entityId: "tmx", after: { ...result, fileName: fileName ?? null } });
    return result;
  },
);

/** Each pair once; a unit with an empty side (a tag alone, a blank segment) is no pair: it could never match or help. */
function distinct(units: TmxUnit[]): TmxUnit[] {
  const seen = new Map<string, TmxUnit>();
  for (const unit of units) if (unit.source.trim() && unit.target.trim() && !seen.has(`${unit.source}\u0000${unit.target}`)) seen.set(`${unit.source}\u0000${unit.target}`, unit);
  return [...seen.values()];
}

/** One multi-row INSERT from arrays, leaving out pairs already in the memory; returns how many rows it added. */
async function insertChunk(tx: Tx, units: TmxUnit[], sourceLanguage: string, targetLanguage: string, actorId: string): Promise<number> {
  const now = new Date();
  return tx.$executeRaw`
    INSERT INTO "TranslationMemoryEntry" ("sourceLanguage", "targetLanguage", "sourceText", "targetText", "sourceHash", "tuid", "createdById", "createdAt", "changedAt")
    SELECT ${sourceLanguage}, ${targetLanguage}, u.source, u.target, md5(u.source), u.tuid, ${actorId}, u.created, u.changed
    FROM unnest(${units.map((u) => u.source)}::text[], ${units.map((u) => u.target)}::text[], ${units.map((u) => u.id ?? null)}::text[],
                ${units.map((u) => u.creationDate ?? now)}::timestamp[], ${units.map((u) => u.changeDate ?? u.creationDate ?? now)}::timestamp[]) AS u(source, target, tuid, created, changed)
    WHERE NOT EXISTS (
      SELECT 1 FROM "TranslationMemoryEntry" e
      WHERE e."sourceLanguage" = ${sourceLanguage} AND e."targetLanguage" = ${targetLanguage} AND e."sourceHash" = md5(u.source) AND e."sourceText" = u.source AND e."targetText" = u.target
    )`;
}
