"use server";

import { revalidatePath } from "next/cache";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import type { ProposalConflict } from "@/lib/server/proposals/submit-proposal";
import { linkSegments } from "@/lib/server/segments/link-segments";
import { mergeWithNext } from "@/lib/server/segments/merge-segments";
import { recordSegmentTime } from "@/lib/server/segments/record-time";
import { splitSegment } from "@/lib/server/segments/split-segment";
import { unlinkSegment } from "@/lib/server/segments/unlink-segment";
import type { AnnotationFields } from "@/lib/validations/annotation";
import { runAction, type ActionOutcome } from "@/app/run-action";

// The workspace's other writes (a save is a route handler: see components/workspace/save-proposal.ts): thin adapters that hand the signed-in actor to the use cases and return what the panel shows.
export type WorkspaceResult<T = object> = ({ ok: true } & T) | { ok: false; message: string; conflict?: ProposalConflict };
export type BoundaryResult = { ok: boolean; message: string };

function toResult<T extends object>(outcome: ActionOutcome<T>): WorkspaceResult<T> {
  if (outcome.ok) return { ok: true, ...outcome.value };
  return { ok: false, message: outcome.message, ...(outcome.detail !== undefined && { conflict: outcome.detail as ProposalConflict }) };
}

export async function createAnnotationAction(segmentId: number, fields: AnnotationFields) {
  return toResult(await runAction(async (actor) => ({ id: (await createAnnotation({ actor, segmentId, fields })).id })));
}

export async function updateAnnotationAction(annotationId: number, fields: AnnotationFields) {
  return toResult(await runAction(async (actor) => ({ id: (await updateAnnotation({ actor, annotationId, fields })).id })));
}

export async function deleteAnnotationAction(annotationId: number) {
  return toResult(await runAction((actor) => deleteAnnotation({ actor, annotationId })));
}

export async function recordTimeAction(segmentId: number, activeMs: number) {
  return toResult(await runAction((actor) => recordSegmentTime({ actor, segmentId, activeMs })));
}

async function boundaryChange(documentId: number, work: Parameters<typeof runAction>[0], done: string): Promise<BoundaryResult> {
  const outcome = await runAction(work);
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath(`/documents/${documentId}`);
  return { ok: true, message: done };
}

export async function splitSegmentAction(input: { documentId: number; segmentId: number; version: number; at: number }) {
  return boundaryChange(input.documentId, (actor) => splitSegment({ actor, ...input }), "The sentence was split in two.");
}

export async function mergeSegmentAction(input: { documentId: number; segmentId: number; version: number }) {
  return boundaryChange(input.documentId, (actor) => mergeWithNext({ actor, ...input }), "The two sentences were merged.");
}

export async function linkSegmentsAction(input: { documentId: number; segmentId: number; version: number; direction: "next" | "previous" }) {
  return boundaryChange(input.documentId, (actor) => linkSegments({ actor, ...input }), `The group was linked with the ${input.direction} one.`);
}

export async function unlinkSegmentAction(input: { documentId: number; segmentId: number; version: number }) {
  return boundaryChange(input.documentId, (actor) => unlinkSegment({ actor, ...input }), "The group was unlinked.");
}
