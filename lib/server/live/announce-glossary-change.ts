// A glossary's terms changed: every document it is attached to hears it, so open panels show the new terms and checks.
import "server-only";
import type { Tx } from "@/lib/db";
import { EVENT } from "./event-types";
import { recordDocumentEvent } from "./record-document-event";

/** One event per attached document (or per document named, for an attach or detach), in the caller's transaction. */
export async function announceGlossaryChange(tx: Tx, actorId: string, glossaryId: number, documentIds?: readonly number[]) {
  const attached = documentIds ?? (await tx.documentGlossary.findMany({ where: { glossaryId }, select: { documentId: true } })).map((row) => row.documentId);
  for (const documentId of attached) await recordDocumentEvent(tx, { documentId, type: EVENT.glossaryChange, actorId });
}
