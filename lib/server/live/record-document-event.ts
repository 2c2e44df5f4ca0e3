import type { Tx } from "@/lib/db";
import { isCommandLineActor } from "@/lib/server/auth/command-line-actor";
import type { DocumentEventType, EventPayload } from "./event-types";

/** Every app server LISTENs here. A notification carries only "id:documentId", far below NOTIFY's 8000-byte limit. */
export const EVENT_CHANNEL = "verso_document_event";

/**
 * The SQL that announces the rows of an `event` CTE (INSERT … RETURNING id, "documentId"); NOTIFY is sent at commit,
 * never on rollback. `IS NULL` only turns pg_notify's void into a boolean a driver can read.
 */
export const NOTIFY_EVENTS = `SELECT pg_notify('${EVENT_CHANNEL}', id::text || ':' || "documentId"::text) IS NULL AS announced FROM event`;

export type DocumentEventInput = { documentId: number; type: DocumentEventType; segmentId?: number | null; actorId?: string | null; payload?: EventPayload };

/**
 * Appends a live event and announces it, in one statement inside the caller's transaction: it exists, and its NOTIFY
 * is sent, exactly when the change commits. (The save, one SQL statement, does the same in its own: save-proposal-sql.ts.)
 */
export async function recordDocumentEvent(tx: Tx, event: DocumentEventInput) {
  const actorId = event.actorId && !isCommandLineActor(event.actorId) ? event.actorId : null;
  await tx.$queryRawUnsafe(
    `WITH event AS (
       INSERT INTO "DocumentEvent" ("documentId", type, "segmentId", "actorId", payload) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id, "documentId"
     ) ${NOTIFY_EVENTS}`,
    event.documentId,
    event.type,
    event.segmentId ?? null,
    actorId,
    JSON.stringify(event.payload ?? {}),
  );
}
