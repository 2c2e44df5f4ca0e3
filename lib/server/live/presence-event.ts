import type { Tx } from "@/lib/db";
import { EVENT, type PresenceEntry } from "./event-types";
import { recordDocumentEvent } from "./record-document-event";

/** A tab's new place in a document, for everyone else on it (segmentId null: it left). */
export function recordPresenceEvent(tx: Tx, documentId: number, presence: PresenceEntry) {
  return recordDocumentEvent(tx, { documentId, type: EVENT.presence, segmentId: presence.segmentId, actorId: presence.userId, payload: { presence } });
}
