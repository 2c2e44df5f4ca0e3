import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { checkContext } from "@/lib/server/checks/new-check-errors";
import { lockSegments } from "@/lib/server/segments/lock-segment";
import { readCurrentTexts, type CurrentText } from "./current-texts";
import { heldChanges, type HeldReason } from "./held-changes";
import { proposeMany, type ProposalOrigin } from "./propose-many";

export type SkipReason = "changed" | "unchanged" | "missing" | HeldReason;
export type Skipped = { segmentId: number; order: number | null; reason: SkipReason };
export type ApplyOutcome = { applied: { segmentId: number; proposalId: number; version: number }[]; skipped: Skipped[] };

type Wanted = { segmentId: number; expectedVersion: number };

/**
 * The sentences are locked in id order (two overlapping applies queue up, never deadlock) and read after the locks.
 * A sentence whose version moved since the preview was saved by someone meanwhile: it is skipped and reported, never
 * overwritten, and so is one the change no longer alters, one whose inline codes it would break (as a submit refuses),
 * or one it would give a new error of the checks (a submit asks for a reason, which a bulk change cannot give).
 */
export async function applyToSentences(
  tx: Tx,
  actor: Actor,
  documentId: number,
  wanted: readonly Wanted[],
  newText: (row: CurrentText) => string | null,
  origin: ProposalOrigin,
): Promise<ApplyOutcome> {
  const expected = new Map(wanted.map((item) => [item.segmentId, item.expectedVersion]));
  await lockSegments(tx, [...expected.keys()]);
  const rows = await readCurrentTexts(tx, documentId, [...expected.keys()]);
  const skipped: Skipped[] = [];
  const found = new Set(rows.map((row) => row.id));
  for (const segmentId of expected.keys()) if (!found.has(segmentId)) skipped.push({ segmentId, order: null, reason: "missing" });
  const items = [];
  for (const row of rows) {
    if (row.version !== expected.get(row.id)) {
      skipped.push({ segmentId: row.id, order: row.order, reason: "changed" });
      continue;
    }
    const text = newText(row)?.trim() ?? null;
    if (text === null || text === row.text) skipped.push({ segmentId: row.id, order: row.order, reason: "unchanged" });
    else items.push({ segmentId: row.id, version: row.version, text, basedOnId: row.basedOnId });
  }
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  const held = await heldChanges(checkContext(tx, documentId), items.map((item) => ({ row: rowOf.get(item.segmentId)!, text: item.text })));
  for (const [segmentId, reason] of held) skipped.push({ segmentId, order: rowOf.get(segmentId)!.order, reason });
  const applied = await proposeMany(tx, actor, documentId, items.filter((item) => !held.has(item.segmentId)), origin);
  return { applied, skipped: skipped.sort((a, b) => (a.order ?? 0) - (b.order ?? 0)) };
}
