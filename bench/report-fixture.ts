// A fully reviewed document for bench/report.ts: every segment approved (with its figures stored, as an approval does), flags and time on some.
import { getDb } from "@/lib/db";
import { importDocument } from "@/lib/server/documents/import-document";
import { storeSegmentFigures } from "@/lib/server/report/store-segment-figures";
import { documentOfSegments } from "./export-corpus";
import type { BenchPeople } from "./export-fixture";

export async function createApprovedDocument(segments: number, { admin, editor, reviewer }: BenchPeople): Promise<number> {
  const db = getDb();
  const { id, segmentCount } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(documentOfSegments(segments)), input: { title: `Approved ${segments}` } });
  if (segmentCount !== segments) throw new Error(`Expected ${segments} segments, the import made ${segmentCount}.`);
  const rows = await db.segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" }, select: { id: true, mtText: true } });
  const proposals = await db.proposal.createManyAndReturn({
    data: rows.map((segment) => ({
      segmentId: segment.id,
      authorId: editor.id,
      text: segment.mtText.replace(/ - /g, " – ").replace(/\bborrowed\b/g, "lasted").replace(/\bthe\b/, "a"),
      state: "approved" as const,
    })),
    select: { id: true, segmentId: true, text: true },
  });
  await db.review.createMany({ data: proposals.map((proposal) => ({ proposalId: proposal.id, reviewerId: reviewer.id, decision: "approve" as const })) });
  await db.$executeRaw`UPDATE "Segment" AS s SET "currentProposalId" = v.proposal, "approvedProposalId" = v.proposal, status = 'approved', version = 1
    FROM unnest(${proposals.map((p) => p.segmentId)}::int[], ${proposals.map((p) => p.id)}::int[]) AS v(segment, proposal) WHERE s.id = v.segment`;
  const mtOf = new Map(rows.map((row) => [row.id, row.mtText]));
  await db.$transaction((tx) => storeSegmentFigures(tx, proposals.map((p) => ({ segmentId: p.segmentId, mt: mtOf.get(p.segmentId)!, approved: p.text }))), { timeout: 600_000 });

  const flagged = rows.filter((segment, i) => i % 10 === 5 && segment.mtText.length > 8);
  await db.annotation.createMany({
    data: flagged.map((segment, i) => ({
      segmentId: segment.id,
      authorId: reviewer.id,
      start: 0,
      end: 8,
      category: i % 2 ? "Fluency" : "Accuracy",
      subcategory: i % 2 ? "Punctuation" : "Mistranslation",
      severity: i % 3 ? "Minor" : "Major",
      state: i % 7 === 0 ? ("dismissed" as const) : ("open" as const),
    })),
  });
  await db.segmentTime.createMany({ data: rows.filter((_, i) => i % 5 === 0).map((segment, i) => ({ segmentId: segment.id, userId: editor.id, activeMs: 1_000 + (i % 60) * 1_000 })) });
  return id;
}
