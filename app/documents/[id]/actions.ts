"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userMessage } from "@/lib/errors";
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
