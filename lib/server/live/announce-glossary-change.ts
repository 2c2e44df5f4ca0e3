// A glossary's terms changed: every document it is attached to hears it, so open panels show the new terms and checks.
import "server-only";
import type { Tx } from "@/lib/db";
import { isCommandLineActor } from "@/lib/server/auth/command-line-actor";
import { EVENT } from "./event-types";
import { NOTIFY_EVENTS } from "./record-document-event";

/** One event per attached document (or per document named, for an attach or detach), in the caller's transaction. */
export async function announceGlossaryChange(tx: Tx, actorId: string, glossaryId: number, documentIds?: readonly number[]) {
  const actor = isCommandLineActor(actorId) ? null : actorId;
  await tx.$queryRawUnsafe(
    `WITH event AS (
       INSERT INTO "DocumentEvent" ("documentId", type, "segmentId", "actorId", payload)
       SELECT d, $1, NULL, $2, '{}'::jsonb FROM unnest(COALESCE($3::int[], ARRAY(SELECT "documentId" FROM "DocumentGlossary" WHERE "glossaryId" = $4))) AS d
       RETURNING id, "documentId"
     ) SELECT count(*)::int AS announced FROM (${NOTIFY_EVENTS}) AS notified`,
    EVENT.glossaryChange,
    actor,
    documentIds ? [...documentIds] : null,
    glossaryId,
  );
}
