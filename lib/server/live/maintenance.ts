// The hub's upkeep, run by every app server (each statement is safe to run at once on several): expire silent tabs, prune old events.
import { getPool } from "@/lib/db";
import { EVENT } from "./event-types";
import { NOTIFY_EVENTS } from "./record-document-event";
import { PRESENCE_EXPIRY_SECONDS } from "./presence-times";

/** How long events are kept for reconnecting clients; one offline longer reloads (its replay says reset). */
export const EVENT_RETENTION_HOURS = Number(process.env.VERSO_LIVE_RETENTION_HOURS ?? 24);

/** Removes tabs silent past the expiry and announces each as gone, in one statement (so only one server announces a tab). */
export async function expirePresence(): Promise<number> {
  const { rowCount } = await getPool().query(
    `WITH gone AS (
       DELETE FROM "Presence" WHERE "seenAt" < (now() AT TIME ZONE 'UTC') - $1 * interval '1 second' RETURNING "userId", "tabId", "documentId"
     ), event AS (
       INSERT INTO "DocumentEvent" ("documentId", type, "segmentId", "actorId", payload)
       SELECT g."documentId", $2, NULL, g."userId",
              jsonb_build_object('presence', jsonb_build_object('userId', g."userId", 'name', u.name, 'tabId', g."tabId", 'segmentId', NULL, 'editing', false))
       FROM gone g JOIN "user" u ON u.id = g."userId"
       RETURNING id, "documentId"
     ) ${NOTIFY_EVENTS}`,
    [PRESENCE_EXPIRY_SECONDS, EVENT.presence],
  );
  return rowCount ?? 0;
}

/** Deletes events older than the retention, a bounded batch at a time so a long-idle table never holds one long lock. */
export async function pruneEvents(): Promise<number> {
  const { rowCount } = await getPool().query(
    `DELETE FROM "DocumentEvent" WHERE id IN (
       SELECT id FROM "DocumentEvent" WHERE "createdAt" < (now() AT TIME ZONE 'UTC') - $1 * interval '1 hour' ORDER BY id LIMIT 10000
     )`,
    [EVENT_RETENTION_HOURS],
  );
  return rowCount ?? 0;
}
