import { z } from "zod";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { idSchema, textSchema } from "@/lib/validations/common";

export const deleteDocumentSchema = z.object({
  documentId: idSchema("document"),
  /** The title typed again, so no slip of a click (or a stale tab's form) deletes a document's work. */
  confirmTitle: textSchema().max(1_000),
});

/**
 * Deletes a document with everything in it: blocks, sentences, proposals and reviews, flags, dismissed findings, times,
 * comments and mentions, assignments, glossary attachments, and the translation memory entries of its approved
 * sentences (they follow their sentences). The audit log keeps the event, and the document's earlier events without it.
 */
export const deleteDocument = defineUseCase(
  { name: "deleteDocument", permission: "document.delete", input: deleteDocumentSchema, timeout: 60_000 },
  async ({ actor, input: { documentId, confirmTitle }, db: tx }) => {
    // The document's row first: assignments lock it too, and writers of its sentences meet the cascade's row locks.
    const [document] = await tx.$queryRaw<{ id: number; title: string }[]>`SELECT id, title FROM "Document" WHERE id = ${documentId} FOR UPDATE`;
    if (!document) throw new AppError("not_found", "That document does not exist (any more).");
    if (confirmTitle.trim() !== document.title.trim()) {
      throw new AppError("bad_input", "Type the document's title exactly as it is shown to delete it.", undefined, { confirmTitle: ["Type the document's title exactly as it is shown to delete it."] });
    }
    const [counts] = await tx.$queryRaw<{ segments: number; proposals: number; annotations: number; comments: number }[]>`
      SELECT (SELECT count(*) FROM "Segment" WHERE "documentId" = ${documentId})::int AS segments,
        (SELECT count(*) FROM "Proposal" p JOIN "Segment" s ON s.id = p."segmentId" WHERE s."documentId" = ${documentId})::int AS proposals,
        (SELECT count(*) FROM "Annotation" a JOIN "Segment" s ON s.id = a."segmentId" WHERE s."documentId" = ${documentId})::int AS annotations,
        (SELECT count(*) FROM "Comment" c JOIN "CommentThread" t ON t.id = c."threadId" WHERE t."documentId" = ${documentId})::int AS comments`;
    const assignees = await tx.assignment.findMany({ where: { documentId }, distinct: ["assigneeId"], select: { assigneeId: true } });
    // Live event rows have no foreign key, so this one outlives the document: open pages stop, queue and work counts drop.
    await recordDocumentEvent(tx, { documentId, type: EVENT.documentDelete, actorId: actor.id, payload: { assignedTo: assignees.map((row) => row.assigneeId) } });
    await tx.translationMemoryEntry.deleteMany({ where: { segment: { documentId } } });
    await tx.presence.deleteMany({ where: { documentId } });
    await tx.document.delete({ where: { id: documentId }, select: { id: true } });
    // Written after the delete, so the event keeps no reference the cascade would clear: the id is its entity.
    await recordAudit(tx, { actorId: actor.id, action: "document.delete", entityType: "Document", entityId: documentId, before: { title: document.title, ...counts } });
    return { id: documentId, title: document.title, ...counts };
  },
);
