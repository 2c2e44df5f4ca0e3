"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { isAppError, userMessage } from "@/lib/errors";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation, updateAnnotation } from "@/lib/server/annotations/change-annotation";
import { submitProposal, type ProposalConflict } from "@/lib/server/proposals/submit-proposal";
import { recordSegmentTime } from "@/lib/server/segments/record-time";
import type { AnnotationFields } from "@/lib/validations/annotation";
import type { SubmitProposalInput } from "@/lib/validations/proposal";
import { mergeWithNext } from "@/lib/server/segments/merge-segments";
import { splitSegment } from "@/lib/server/segments/split-segment";
import { currentActor } from "@/app/session";

export type BoundaryResult = { ok: boolean; message: string };

const splitSchema = z.object({ documentId: z.number().int().positive(), segmentId: z.number().int().positive(), version: z.number().int().min(0), at: z.number().int().positive() });
const mergeSchema = splitSchema.omit({ at: true });

export async function splitSegmentAction(input: z.input<typeof splitSchema>): Promise<BoundaryResult> {
  const parsed = splitSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That split point is not valid." };
  try {
    await splitSegment({ actor: await currentActor(), ...parsed.data });
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
  revalidatePath(`/documents/${parsed.data.documentId}`);
  return { ok: true, message: "The sentence was split in two." };
}

export async function mergeSegmentAction(input: z.input<typeof mergeSchema>): Promise<BoundaryResult> {
  const parsed = mergeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That merge is not valid." };
  try {
    await mergeWithNext({ actor: await currentActor(), ...parsed.data });
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
  revalidatePath(`/documents/${parsed.data.documentId}`);
  return { ok: true, message: "The two sentences were merged." };
}

// The workspace's writes: thin wrappers that hand the signed-in actor to the use cases and turn errors into messages.
export type WorkspaceResult<T = object> = ({ ok: true } & T) | { ok: false; message: string; conflict?: ProposalConflict };

async function attempt<T extends object>(run: (actor: Awaited<ReturnType<typeof currentActor>>) => Promise<T>): Promise<WorkspaceResult<T>> {
  try {
    return { ok: true, ...(await run(await currentActor())) };
  } catch (error) {
    const conflict = isAppError(error) && error.code === "conflict" ? (error.detail as ProposalConflict | undefined) : undefined;
    return { ok: false, message: userMessage(error), ...(conflict && { conflict }) };
  }
}

export async function submitProposalAction(input: SubmitProposalInput) {
  return attempt((actor) => submitProposal({ actor, input }));
}

export async function createAnnotationAction(segmentId: number, fields: AnnotationFields) {
  return attempt(async (actor) => ({ id: (await createAnnotation({ actor, segmentId, fields })).id }));
}

export async function updateAnnotationAction(annotationId: number, fields: AnnotationFields) {
  return attempt(async (actor) => ({ id: (await updateAnnotation({ actor, annotationId, fields })).id }));
}

export async function deleteAnnotationAction(annotationId: number) {
  return attempt(async (actor) => {
    await deleteAnnotation({ actor, annotationId });
    return {};
  });
}

export async function recordTimeAction(segmentId: number, activeMs: number) {
  return attempt(async (actor) => {
    await recordSegmentTime({ actor, segmentId, activeMs });
    return {};
  });
}
