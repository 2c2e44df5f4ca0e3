// Shared rules for correcting segment boundaries: only before editing, one boundary change per document at a time.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { codesIn, type InlineCodes } from "@/lib/formats/cat/placeholders";
import { Prisma } from "@/lib/generated/prisma/client";
import { lockSegment } from "./lock-segment";

/**
 * Boundary changes renumber the document's segments, so they take the document's row lock first: two editors
 * splitting different sentences queue up instead of interleaving their renumbering. Other writers lock only segments,
 * and never the document, so this order cannot deadlock with them.
 */
export async function lockDocumentOf(tx: Tx, segmentId: number): Promise<number> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT d.id FROM "Document" d JOIN "Segment" s ON s."documentId" = d.id WHERE s.id = ${segmentId} FOR UPDATE OF d`;
  if (rows.length === 0) throw new AppError("not_found", "That sentence does not exist (any more). Reload the document.");
  return rows[0].id;
}

export async function loadForBoundaryChange(tx: Tx, segmentId: number) {
  const segment = await lockSegment(tx, segmentId);
  const [annotations, proposals, file] = await Promise.all([
    tx.annotation.findMany({ where: { segmentId }, select: { id: true, start: true, end: true, category: true } }),
    tx.proposal.count({ where: { segmentId } }),
    tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { unitId: true, inlineCodes: true } }),
  ]);
  // A segment from a CAT file is one of its units: changing its boundaries would lose the unit the export writes it back to.
  if (file.unitId !== null) {
    throw new AppError("bad_input", `Sentence ${segment.order} is a unit of the imported file; its boundaries are the file's and cannot be changed here.`);
  }
  if (proposals > 0) {
    throw new AppError("conflict", `Sentence ${segment.order} already has proposals; its boundaries can only be changed before editing starts.`);
  }
  return { ...segment, annotations, inlineCodes: file.inlineCodes as InlineCodes | null };
}

/**
 * The codes a segment made by a split or merge keeps: those of the placeholders in its new text (an HTML import's
 * sentences have them), so that a proposal is checked against its own tags. Nothing changes for a segment without codes.
 */
export function codesFor(codes: readonly (InlineCodes | null)[], text: string): { inlineCodes?: InlineCodes | typeof Prisma.DbNull } {
  if (codes.every((of) => of === null)) return {};
  const kept = codesIn(text, ...codes);
  return { inlineCodes: Object.keys(kept).length > 0 ? kept : Prisma.DbNull };
}

export function assertVersion(segment: { version: number; order: number }, expected: number) {
  if (segment.version !== expected) {
    throw new AppError("conflict", `Sentence ${segment.order} was changed by someone else meanwhile. Reload to see the current version.`);
  }
}
