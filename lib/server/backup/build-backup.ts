import type { Prisma } from "@/lib/generated/prisma/client";
import type { Backup } from "./backup-schema";
import type { CheckOverride } from "@/lib/server/checks/proposal-check-errors";
import { BACKUP_FORMAT, BACKUP_VERSION } from "./backup-schema";
import { emptyRefIndex, entityToRef } from "./backup-refs";
import type { BackupRows } from "./read-backup-rows";
import type { AuditRow } from "./read-backup-audit";
import { toBackupAssignments, type AssignmentRow } from "./backup-assignments";
import { buildBackupComments } from "./build-backup-comments";
import { toBackupDismissals } from "./backup-dismissals";
import { toBackupGlossaries, type GlossaryRow } from "./backup-glossaries";
import type { CommentRows } from "./read-backup-comments";

type DocumentRow = Omit<Backup["document"], "originalBytes" | "source" | "file" | "createdBy" | "createdAt" | "updatedAt"> & {
  importFormat: string | null;
  catExtras: Prisma.JsonValue;
  id: number;
  originalBytes: Uint8Array;
  sourceText: string | null;
  sourceBytes: Uint8Array | null;
  sourceFileName: string | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
};
type BlockRow = Backup["blocks"][number] & { id: number };
type UserRow = Backup["users"][number] & { id: string };

export type BackupSources = {
  document: DocumentRow;
  typology: Backup["typology"];
  blocks: BlockRow[];
  rows: BackupRows;
  audit: AuditRow[];
  users: UserRow[];
  assignments: AssignmentRow[];
  comments: CommentRows;
  glossaries: GlossaryRow[];
};

const iso = (date: Date) => date.toISOString();
const byTime = (a: { createdAt: Date; id: number }, b: { createdAt: Date; id: number }) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;

/** Turns database rows into the file's records: ids become orders, refs and emails; the order of every list is fixed. */
export function buildBackup({ document, typology, blocks, rows, audit, users, assignments, comments, glossaries }: BackupSources): Backup {
  const emails = new Map(users.map((user) => [user.id, user.email]));
  const email = (userId: string) => emails.get(userId)!;
  const optionalEmail = (userId: string | null) => (userId === null ? null : email(userId));
  const blockOrder = new Map(blocks.map((block) => [block.id, block.order]));
  const segmentOrder = new Map(rows.segments.map((segment) => [segment.id, segment.order]));
  const proposalRef = new Map(rows.proposals.map((proposal, index) => [proposal.id, index + 1]));
  const refOf = (proposalId: number | null) => (proposalId === null ? null : (proposalRef.get(proposalId) ?? null));
  const reviews = [...rows.reviews].sort((a, b) => proposalRef.get(a.proposalId)! - proposalRef.get(b.proposalId)! || byTime(a, b));
  const segmentTime = rows.segmentTime
    .map((time) => ({ segment: segmentOrder.get(time.segmentId)!, user: email(time.userId), activeMs: time.activeMs, updatedAt: iso(time.updatedAt) }))
    .sort((a, b) => a.segment - b.segment || (a.user < b.user ? -1 : a.user > b.user ? 1 : 0));
  const dismissals = toBackupDismissals(rows.findingDismissals, segmentOrder, email);

  const idToKey = emptyRefIndex();
  idToKey.document.set(String(document.id), "1");
  const index = (kind: string, entries: Iterable<[number | string, number | string]>) => {
    for (const [id, key] of entries) idToKey[kind].set(String(id), String(key));
  };
  index("block", blockOrder);
  index("segment", segmentOrder);
  index("proposal", proposalRef);
  index("review", reviews.map((review, i) => [review.id, i + 1]));
  index("annotation", rows.annotations.map((annotation, i) => [annotation.id, i + 1]));
  index("findingDismissal", dismissals.ids.map((id, i) => [id, i + 1]));
  index("glossary", glossaries.map((glossary, i) => [glossary.id, i + 1]));
  index("user", emails);
  index("assignment", assignments.map((assignment, i) => [assignment.id, i + 1]));
  const discussion = buildBackupComments(comments, segmentOrder, email);
  index("thread", discussion.threadRef);
  index("comment", discussion.commentRef);

  const { id: _id, originalBytes, sourceText, sourceBytes, sourceFileName, importFormat, catExtras, createdById, createdAt, updatedAt, ...fields } = document;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    document: {
      ...fields,
      originalBytes: Buffer.from(originalBytes).toString("base64"),
      ...(sourceText !== null && { source: { text: sourceText, bytes: Buffer.from(sourceBytes ?? new Uint8Array()).toString("base64"), fileName: sourceFileName } }),
      ...(importFormat !== null && { file: { format: importFormat, extras: catExtras } }),
      createdBy: optionalEmail(createdById),
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    },
    typology,
    users: users.map(({ email, name, roles }) => ({ email, name, roles })).sort((a, b) => (a.email < b.email ? -1 : 1)),
    blocks: blocks.map(({ order, kind, start, end, text, separator }) => ({ order, kind, start, end, text, separator })),
    segments: rows.segments.map((segment) => ({
      order: segment.order,
      block: blockOrder.get(segment.blockId)!,
      start: segment.start,
      end: segment.end,
      mtText: segment.mtText,
      ...(segment.sourceStart !== null && segment.sourceEnd !== null && { source: { start: segment.sourceStart, end: segment.sourceEnd } }),
      ...(segment.unitId !== null && { unit: { id: segment.unitId, codes: (segment.inlineCodes ?? null) as Record<string, string> | null } }),
      ...(segment.unitId === null && segment.inlineCodes !== null && { codes: segment.inlineCodes as Record<string, string> }),
      status: segment.status,
      version: segment.version,
      currentProposal: refOf(segment.currentProposalId),
      approvedProposal: refOf(segment.approvedProposalId),
      updatedAt: iso(segment.updatedAt),
    })),
    proposals: rows.proposals.map((proposal, i) => ({
      ref: i + 1,
      segment: segmentOrder.get(proposal.segmentId)!,
      author: email(proposal.authorId),
      text: proposal.text,
      basedOn: refOf(proposal.basedOnId),
      state: proposal.state,
      editedInReview: proposal.editedInReview,
      ...(proposal.checkOverride !== null && { checkOverride: proposal.checkOverride as CheckOverride }),
      createdAt: iso(proposal.createdAt),
    })),
    reviews: reviews.map((review, i) => ({
      ref: i + 1,
      proposal: proposalRef.get(review.proposalId)!,
      reviewer: email(review.reviewerId),
      decision: review.decision,
      reason: review.reason,
      createdAt: iso(review.createdAt),
    })),
    annotations: rows.annotations.map((annotation, i) => ({
      ref: i + 1,
      segment: segmentOrder.get(annotation.segmentId)!,
      author: email(annotation.authorId),
      start: annotation.start,
      end: annotation.end,
      category: annotation.category,
      subcategory: annotation.subcategory,
      severity: annotation.severity,
      note: annotation.note,
      state: annotation.state,
      resolvedBy: optionalEmail(annotation.resolvedById),
      resolutionNote: annotation.resolutionNote,
      createdAt: iso(annotation.createdAt),
      updatedAt: iso(annotation.updatedAt),
    })),
    segmentTime,
    findingDismissals: dismissals.dismissals,
    glossaries: toBackupGlossaries(glossaries),
    assignments: toBackupAssignments(assignments, segmentOrder, email),
    ...discussion.backup,
    audit: audit.map((event) => ({
      actor: optionalEmail(event.actorId),
      action: event.action,
      entityType: event.entityType,
      entity: entityToRef(event.entityType, event.entityId, idToKey),
      segment: event.segmentId === null ? null : (segmentOrder.get(event.segmentId) ?? null),
      before: event.before,
      after: event.after,
      createdAt: iso(event.createdAt),
    })),
  };
}
