// Reading events back: the SQL shared by a subscriber's replay and the hub's fan-out, and the row as a client receives it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentEventType, EventPayload, LiveEvent } from "./event-types";

export const EVENT_COLUMNS = `id::text AS id, "documentId", type, "segmentId", "actorId", payload`;

type EventRow = { id: string; documentId: number; type: string; segmentId: number | null; actorId: string | null; payload: Prisma.JsonValue };

export function toLiveEvent(row: EventRow): LiveEvent {
  return { ...row, type: row.type as DocumentEventType, payload: (row.payload ?? {}) as EventPayload };
}
