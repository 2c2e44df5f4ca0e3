import { z } from "zod";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { defineUseCase, type UseCaseContext } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { readBackupAssignments } from "./backup-assignments";
import { readBackupGlossaries } from "./backup-glossaries";
import { buildBackup } from "./build-backup";
import { readBackupAudit } from "./read-backup-audit";
import { commentUserIds, readBackupComments } from "./read-backup-comments";
import { readBackupRows } from "./read-backup-rows";
import { serializeBackup } from "./serialize-backup";

/**
 * The full JSON backup of one document. It reads in one repeatable-read transaction, so a document
 * edited meanwhile still gives a consistent file, and a page of segments at a time.
 */
export const exportBackup = defineUseCase(
  { name: "exportBackup", permission: "document.export", input: z.object({ documentId: idSchema("document") }), mode: "staged" },
  ({ input: { documentId }, transaction }) => readBackupJson(transaction, documentId),
);

/** For use cases that already checked "document.export" (the export of every format). */
export function readBackupJson(transaction: UseCaseContext<unknown>["transaction"], documentId: number): Promise<string> {
  return transaction((tx) => readBackup(tx, documentId), { isolationLevel: "RepeatableRead", timeout: 300_000 });
}

async function readBackup(tx: Tx, documentId: number): Promise<string> {
  const document = await tx.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      title: true,
      sourceLanguage: true,
      targetLanguage: true,
      provenance: true,
      fileName: true,
      originalBytes: true,
      text: true,
      sourceText: true,
      sourceBytes: true,
      sourceFileName: true,
      importFormat: true,
      catExtras: true,
      crlf: true,
      cr: true,
      bom: true,
      segmentCount: true,
      createdById: true,
      createdAt: true,
      updatedAt: true,
      typology: { select: { name: true, definition: true } },
    },
  });
  if (!document) throw new AppError("not_found", `There is no document ${documentId}.`);
  const blocks = await tx.block.findMany({
    where: { documentId },
    orderBy: { order: "asc" },
    select: { id: true, order: true, kind: true, start: true, end: true, text: true, separator: true },
  });
  const rows = await readBackupRows(tx, documentId);
  const audit = await readBackupAudit(tx, documentId);
  const assignments = await readBackupAssignments(tx, documentId);
  const comments = await readBackupComments(tx, documentId);
  const glossaries = await readBackupGlossaries(tx, documentId);

  const userIds = new Set<string>(document.createdById ? [document.createdById] : []);
  for (const { authorId } of rows.proposals) userIds.add(authorId);
  for (const { reviewerId } of rows.reviews) userIds.add(reviewerId);
  for (const { authorId, resolvedById } of rows.annotations) [authorId, resolvedById].forEach((id) => id && userIds.add(id));
  for (const { userId } of rows.segmentTime) userIds.add(userId);
  for (const { dismissedById } of rows.findingDismissals) userIds.add(dismissedById);
  for (const { assigneeId, createdById } of assignments) [assigneeId, createdById].forEach((id) => id && userIds.add(id));
  for (const userId of commentUserIds(comments)) userIds.add(userId);
  for (const event of audit) {
    if (event.actorId) userIds.add(event.actorId);
    if (event.entityType === "User") userIds.add(event.entityId);
  }
  const users = await tx.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, email: true, name: true, roles: true } });

  const { typology, ...documentFields } = document;
  return serializeBackup(buildBackup({ document: documentFields, typology, blocks, rows, audit, users, assignments, comments, glossaries }));
}
