import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { EVENT_COLUMNS, toLiveEvent } from "./event-rows";
import type { PresenceEntry } from "./event-types";
import { PRESENCE_EXPIRY_SECONDS } from "./presence-times";

export const REPLAY_LIMIT = 2_000;
/**
 * Ids are taken when a transaction inserts and become visible when it commits, so a lower id can appear after a higher
 * one was sent. A replay also re-sends the last half minute's events below the client's last id; clients apply events
 * idempotently (rows by version, flags by id), so a repeat changes nothing.
 */
const LATE_COMMIT_SECONDS = 30;

/**
 * What a document's live stream starts with: who is where in it now, and every event after the client's last one
 * (its Last-Event-ID, or the id the page was rendered at). `reset` when more was missed than a replay sends.
 */
export const openDocumentStream = defineUseCase(
  {
    name: "openDocumentStream",
    permission: "document.read",
    input: z.object({ documentId: idSchema("document"), after: z.coerce.bigint().min(0n).max(2n ** 62n).nullable().catch(null) }),
    mode: "read",
  },
  async ({ input: { documentId, after }, db }) => {
    const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true } });
    if (!document) throw new AppError("not_found", "That document does not exist.");
    const presence = await db.$queryRaw<PresenceEntry[]>`
      SELECT p."userId", u.name, p."tabId", p."segmentId", p.editing FROM "Presence" p JOIN "user" u ON u.id = p."userId"
      WHERE p."documentId" = ${documentId} AND p."seenAt" > (now() AT TIME ZONE 'UTC') - ${PRESENCE_EXPIRY_SECONDS} * interval '1 second'`;
    if (after === null) return { presence, events: [], reset: false };
    const rows = await db.$queryRawUnsafe<Parameters<typeof toLiveEvent>[0][]>(
      `SELECT ${EVENT_COLUMNS} FROM "DocumentEvent"
       WHERE "documentId" = $1 AND (id > $2 OR (id > $2 - 1000 AND "createdAt" > (now() AT TIME ZONE 'UTC') - $3 * interval '1 second'))
       ORDER BY id LIMIT ${REPLAY_LIMIT + 1}`,
      documentId,
      after,
      LATE_COMMIT_SECONDS,
    );
    return { presence, events: rows.slice(0, REPLAY_LIMIT).map(toLiveEvent), reset: rows.length > REPLAY_LIMIT };
  },
);
