import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { allocateIds } from "./allocate-ids";
import { restoreAssignments } from "./backup-assignments";
import { restoreDismissals } from "./backup-dismissals";
import { restoreGlossaries } from "./backup-glossaries";
import { refIndexFor, refToEntity } from "./backup-refs";
import { parseBackup } from "./parse-backup";
import { RESTORE_ACTION } from "./read-backup-audit";
import { restoreComments } from "./restore-comments";
import { restoreRows } from "./restore-rows";
import { restoreTypology } from "./restore-typology";
import { restoreUsers } from "./restore-users";

const CHUNK = 2_000;

const jsonOrNull = (value: unknown) => (value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

/**
 * Restores a backup as a new document, with its history, in one transaction: an invalid file stores
 * nothing. People are linked by email, or created without a password (they must be re-invited).
 */
export const importBackup = defineUseCase(
  { name: "importBackup", permission: "document.import", input: z.object({ json: z.string() }), mode: "staged" },
  async ({ actor, input: { json }, transaction }) => {
    const actorId = actor.id;
    const backup = parseBackup(json);
    const { createdBy, originalBytes, source, file, ...fields } = backup.document;
    return transaction(async (tx) => {
      const users = await restoreUsers(tx, backup.users);
      const document = await tx.document.create({
        data: {
          ...fields,
          originalBytes: new Uint8Array(Buffer.from(originalBytes, "base64")),
          sourceText: source?.text ?? null,
          sourceBytes: source ? new Uint8Array(Buffer.from(source.bytes, "base64")) : null,
          sourceFileName: source?.fileName ?? null,
          importFormat: file?.format ?? null,
          ...(file?.extras != null && { catExtras: file.extras }),
          createdById: createdBy === null ? null : users.ids.get(createdBy)!,
          typologyId: await restoreTypology(tx, backup.typology),
        },
        select: { id: true, title: true },
      });
      const ids = await restoreRows(tx, backup, document.id, users.ids);
      const assignmentIds = await restoreAssignments(tx, backup, document.id, (email) => users.ids.get(email)!, (order) => ids.segments.get(order)!);
      const discussion = await restoreComments(tx, backup, document.id, ids.segments, users.ids);
      const dismissalIds = await restoreDismissals(tx, backup, (order) => ids.segments.get(order)!, (email) => users.ids.get(email)!);
      const glossaries = await restoreGlossaries(tx, backup, document.id, actorId);
      const restoredId = (kind: string, key: string): string => {
        if (kind === "document") return String(document.id);
        if (kind === "user") return users.ids.get(key)!;
        const byKind: Record<string, Map<number, number>> = {
          block: ids.blocks,
          segment: ids.segments,
          proposal: ids.proposals,
          review: ids.reviews,
          annotation: ids.annotations,
          assignment: assignmentIds,
          thread: discussion.threads,
          comment: discussion.comments,
          findingDismissal: dismissalIds,
          glossary: glossaries.ids,
        };
        return String(byKind[kind].get(Number(key)));
      };
      const keyToId = refIndexFor(backup, restoredId);
      const auditIds = await allocateIds(tx, "AuditEvent", backup.audit.length);
      const events = backup.audit.map((event, i) => ({
        id: auditIds[i],
        actorId: event.actor === null ? null : users.ids.get(event.actor)!,
        action: event.action,
        entityType: event.entityType,
        entityId: refToEntity(event.entityType, event.entity, keyToId)!,
        documentId: document.id,
        segmentId: event.segment === null ? null : ids.segments.get(event.segment)!,
        before: jsonOrNull(event.before),
        after: jsonOrNull(event.after),
        createdAt: event.createdAt,
      }));
      for (let from = 0; from < events.length; from += CHUNK) await tx.auditEvent.createMany({ data: events.slice(from, from + CHUNK) });
      await recordAudit(tx, {
        actorId,
        action: RESTORE_ACTION,
        entityType: "Document",
        entityId: document.id,
        documentId: document.id,
        after: {
          title: document.title,
          segments: backup.segments.length,
          proposals: backup.proposals.length,
          auditEvents: events.length,
          createdUsers: users.created,
          // Every glossary attached, and how many of them were created because none of that name and languages was here.
          glossaries: { attached: glossaries.attached, created: glossaries.created },
        },
      });
      return { id: document.id, title: document.title, segmentCount: backup.segments.length, createdUsers: users.created, glossaries: { attached: glossaries.attached, created: glossaries.created } };
    }, { timeout: 300_000 });
  },
);
