// The one definition of a segment's TM pair in SQL, shared by the approval hook and a document's backfill (the migration keeps a copy).
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Segment s (joined with its Document d and approved Proposal p) as a TM pair: keyed by its source sentence, else by its
 * MT, whose language is the target's with "-x-mt" (lib/formats/tmx.ts mtLanguage), trimmed, as a text without spaces
 * around it is what another document's sentence is matched against.
 */
export const PAIR_COLUMNS = Prisma.sql`
  CASE WHEN btrim(coalesce(s."sourceText", '')) <> '' THEN d."sourceLanguage"
       WHEN d."targetLanguage" ~* '(^|-)x-' THEN d."targetLanguage" || '-mt'
       ELSE d."targetLanguage" || '-x-mt' END AS "sourceLanguage",
  d."targetLanguage",
  btrim(CASE WHEN btrim(coalesce(s."sourceText", '')) <> '' THEN s."sourceText" ELSE s."mtText" END) AS "sourceText",
  btrim(p.text) AS "targetText"`;
