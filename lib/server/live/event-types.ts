// What a live subscriber receives: the shape is shared by the server that sends it and the browser that reads it.
import type { SegmentStatus } from "@/lib/generated/prisma/enums";
import type { CommentView, ThreadState } from "@/lib/server/comments/comment-view";
import type { AnnotationView } from "@/lib/server/workspace/annotation-view";

/** Event types, named like the audit actions they accompany. */
export const EVENT = {
  proposalSubmit: "proposal.submit",
  proposalApprove: "proposal.approve",
  proposalReject: "proposal.reject",
  proposalUndoApprove: "proposal.undo-approve",
  segmentConfirm: "segment.confirm",
  segmentReopen: "segment.reopen",
  annotationChange: "annotation.change",
  annotationDelete: "annotation.delete",
  segmentSplit: "segment.split",
  segmentMerge: "segment.merge",
  segmentLink: "segment.link",
  segmentUnlink: "segment.unlink",
  presence: "presence",
  assignmentChange: "assignment.change",
  commentCreate: "comment.create",
  threadResolve: "comment-thread.resolve",
  threadReopen: "comment-thread.reopen",
  /** A finding of the checks on the sentence was dismissed (one kept as a flag is an annotation.change). */
  findingDismiss: "finding.dismiss",
  /** A dismissal was taken back: the finding is shown again. */
  findingRestore: "finding.restore",
  /** A glossary attached to the document gained, changed or lost terms, or was attached or detached. */
  glossaryChange: "glossary.change",
  /** The document was deleted: its streams end, so open pages say their live updates stopped. */
  documentDelete: "document.delete",
} as const;

export type DocumentEventType = (typeof EVENT)[keyof typeof EVENT];

/** The segment list's row after the change; a client applies it only if its version is not older than the row's. */
export type RowPatch = { status: SegmentStatus; version: number; currentProposal?: { id: number; text: string } | null };

export type EventPayload = {
  row?: RowPatch;
  annotation?: AnnotationView;
  annotationId?: number;
  /** The author whose feedback count this decision changes (a rejection, an edit in review). */
  feedbackFor?: string;
  presence?: PresenceEntry;
  /** The people whose assignments this change adds, moves or removes (their "My work" count). */
  assignedTo?: string[];
  comment?: CommentView;
  /** The thread of a comment event (segmentId null: the document's thread), resolved or not after it. */
  thread?: ThreadState;
  /** The document's number of segments after a split, merge, link or unlink. */
  segmentCount?: number;
};

export type LiveEvent = { id: string; documentId: number; type: DocumentEventType; segmentId: number | null; actorId: string | null; payload: EventPayload };

/** One browser tab's place in a document: segmentId null means the tab left the document or closed its sentence. */
export type PresenceEntry = { userId: string; name: string; tabId: string; segmentId: number | null; editing: boolean };

/** Sent without an id, so they never move a client's Last-Event-ID. */
export type CountsMessage = { feedback?: number; waiting?: number; assigned?: number; mentions?: number };
export type ProgressMessage = { documentId: number; segmentCount: number; approved: number; confirmed: number; proposed: number; rejected: number };

/** Events that can change a document's progress or the review queue. */
export const CHANGES_STATUS = new Set<DocumentEventType>([EVENT.proposalSubmit, EVENT.proposalApprove, EVENT.proposalReject, EVENT.proposalUndoApprove, EVENT.segmentConfirm, EVENT.segmentReopen, EVENT.segmentSplit, EVENT.segmentMerge, EVENT.segmentLink, EVENT.segmentUnlink, EVENT.documentDelete]);
