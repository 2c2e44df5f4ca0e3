"use server";

import { applyRepeats } from "@/lib/server/propagation/apply-repeats";
import { applyReplacement } from "@/lib/server/propagation/apply-replacement";
import type { ApplyOutcome } from "@/lib/server/propagation/apply-to-sentences";
import { findPropagation, type Propagation } from "@/lib/server/propagation/find-propagation";
import { findRepeats } from "@/lib/server/propagation/find-repeats";
import type { SentenceChange } from "@/lib/server/propagation/preview-changes";
import { previewReplacement } from "@/lib/server/propagation/preview-replacement";
import type { SearchQueryInput } from "@/lib/validations/find-replace";
import { runAction } from "@/app/run-action";

// Thin adapters over the propagation and find-and-replace use cases; the rows update through the live events they record.
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };
type Versions = { segmentId: number; expectedVersion: number }[];

async function run<T>(work: Parameters<typeof runAction<T>>[0]): Promise<Outcome<T>> {
  const outcome = await runAction(work);
  if (outcome.ok) return outcome;
  // A field's own message ("This regular expression is not valid: …") reads better without the field's path in front.
  const field = outcome.fieldErrors && Object.values(outcome.fieldErrors)[0]?.[0];
  return { ok: false, message: field ?? outcome.message };
}

export async function findPropagationAction(input: { documentId: number; segmentId: number; before: string; after: string }): Promise<Outcome<Propagation[]>> {
  return run((actor) => findPropagation({ actor, ...input }));
}

export async function previewReplacementAction(documentId: number, query: SearchQueryInput): Promise<Outcome<{ changes: SentenceChange[] }>> {
  return run((actor) => previewReplacement({ actor, documentId, query }));
}

export async function applyReplacementAction(documentId: number, query: SearchQueryInput, segments: Versions, origin: "replace" | "propagation"): Promise<Outcome<ApplyOutcome>> {
  return run((actor) => applyReplacement({ actor, documentId, query, segments, origin }));
}

export async function findRepeatsAction(segmentId: number): Promise<Outcome<{ text: string | null; changes: SentenceChange[] }>> {
  return run((actor) => findRepeats({ actor, segmentId }));
}

export async function applyRepeatsAction(segmentId: number, segments: Versions): Promise<Outcome<ApplyOutcome>> {
  return run((actor) => applyRepeats({ actor, segmentId, segments }));
}
