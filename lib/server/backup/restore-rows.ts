import type { Tx } from "@/lib/db";
import { countWords } from "@/lib/metrics/mqm";
import { storeSegmentFigures } from "@/lib/server/report/store-segment-figures";
import { syncTmEntries } from "@/lib/server/tm/sync-tm-entries";
import { allocateIds } from "./allocate-ids";
import type { Backup } from "./backup-schema";

const CHUNK = 2_000;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let from = 0; from < rows.length; from += CHUNK) await insert(rows.slice(from, from + CHUNK));
}

async function idsByKey(tx: Tx, table: Parameters<typeof allocateIds>[1], keys: number[]): Promise<Map<number, number>> {
  const ids = await allocateIds(tx, table, keys.length);
  return new Map(keys.map((key, i) => [key, Number(ids[i])]));
}

export type RestoredIds = { blocks: Map<number, number>; segments: Map<number, number>; proposals: Map<number, number>; reviews: Map<number, number>; annotations: Map<number, number> };

/**
 * Writes blocks, segments, proposals, reviews, annotations and segment time with bulk inserts, on ids
 * taken in file order. Links that run both ways (segment <-> proposal, proposal -> earlier proposal)
 * are set afterwards in one statement each, without touching updatedAt.
 */
export async function restoreRows(tx: Tx, backup: Backup, documentId: number, userIds: Map<string, string>): Promise<RestoredIds> {
  const user = (email: string) => userIds.get(email)!;
  const ids: RestoredIds = {
    blocks: await idsByKey(tx, "Block", backup.blocks.map((block) => block.order)),
    segments: await idsByKey(tx, "Segment", backup.segments.map((segment) => segment.order)),
    proposals: await idsByKey(tx, "Proposal", backup.proposals.map((proposal) => proposal.ref)),
    reviews: await idsByKey(tx, "Review", backup.reviews.map((review) => review.ref)),
    annotations: await idsByKey(tx, "Annotation", backup.annotations.map((annotation) => annotation.ref)),
  };
  const segmentId = (order: number) => ids.segments.get(order)!;
  const proposalId = (ref: number | null) => (ref === null ? null : ids.proposals.get(ref)!);

  await inChunks(backup.blocks, (chunk) => tx.block.createMany({ data: chunk.map((block) => ({ ...block, id: ids.blocks.get(block.order)!, documentId })) }));
  await inChunks(backup.segments, (chunk) =>
    tx.segment.createMany({
      data: chunk.map(({ block, source, unit, codes, currentProposal: _current, approvedProposal: _approved, ...segment }) => ({
        ...segment,
        unitId: unit?.id ?? null,
        ...((unit?.codes ?? codes) && { inlineCodes: unit?.codes ?? codes }),
        sourceText: source ? backup.document.source!.text.slice(source.start, source.end) : null,
        sourceStart: source?.start ?? null,
        sourceEnd: source?.end ?? null,
        id: segmentId(segment.order),
        mtWords: countWords(segment.mtText),
        documentId,
        blockId: ids.blocks.get(block)!,
      })),
    }),
  );
  await inChunks(backup.proposals, (chunk) =>
    tx.proposal.createMany({
      data: chunk.map(({ ref, segment, author, basedOn: _basedOn, ...proposal }) => ({ ...proposal, id: proposalId(ref)!, segmentId: segmentId(segment), authorId: user(author) })),
    }),
  );
  await inChunks(backup.reviews, (chunk) =>
    tx.review.createMany({
      data: chunk.map(({ ref, proposal, reviewer, ...review }) => ({ ...review, id: ids.reviews.get(ref)!, proposalId: proposalId(proposal)!, reviewerId: user(reviewer) })),
    }),
  );
  await inChunks(backup.annotations, (chunk) =>
    tx.annotation.createMany({
      data: chunk.map(({ ref, segment, author, resolvedBy, ...annotation }) => ({
        ...annotation,
        id: ids.annotations.get(ref)!,
        segmentId: segmentId(segment),
        authorId: user(author),
        resolvedById: resolvedBy === null ? null : user(resolvedBy),
      })),
    }),
  );
  await inChunks(backup.segmentTime, (chunk) =>
    tx.segmentTime.createMany({ data: chunk.map((time) => ({ segmentId: segmentId(time.segment), userId: user(time.user), activeMs: time.activeMs, updatedAt: time.updatedAt })) }),
  );

  const pointing = backup.segments.filter((segment) => segment.currentProposal !== null || segment.approvedProposal !== null);
  if (pointing.length > 0) {
    await tx.$executeRaw`UPDATE "Segment" AS s SET "currentProposalId" = v.current, "approvedProposalId" = v.approved
      FROM unnest(${pointing.map((s) => segmentId(s.order))}::int[], ${pointing.map((s) => proposalId(s.currentProposal))}::int[], ${pointing.map((s) => proposalId(s.approvedProposal))}::int[]) AS v(id, current, approved)
      WHERE s.id = v.id`;
  }
  // Figures are not in the file: they follow from the texts, so they are computed again rather than trusted.
  const proposalText = new Map(backup.proposals.map((proposal) => [proposal.ref, proposal.text]));
  const approved = backup.segments.filter((segment) => segment.approvedProposal !== null);
  await storeSegmentFigures(tx, approved.map((s) => ({ segmentId: segmentId(s.order), mt: s.mtText, approved: proposalText.get(s.approvedProposal!)! })));
  // The restored approvals join the translation memory as the original ones did, with no approver on record.
  await syncTmEntries(tx, approved.map((s) => segmentId(s.order)), null);
  const derived = backup.proposals.filter((proposal) => proposal.basedOn !== null);
  if (derived.length > 0) {
    await tx.$executeRaw`UPDATE "Proposal" AS p SET "basedOnId" = v.base
      FROM unnest(${derived.map((p) => proposalId(p.ref))}::int[], ${derived.map((p) => proposalId(p.basedOn))}::int[]) AS v(id, base)
      WHERE p.id = v.id`;
  }
  return ids;
}
