// Fills a benchmark database: one imported document per size, with post-editing work on it, written in bulk.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { importDocument } from "@/lib/server/documents/import-document";
import { documentOfSegments } from "./export-corpus";

export type BenchPeople = { admin: Actor; editor: Actor; reviewer: Actor };

async function createPerson(role: "admin" | "editor" | "reviewer"): Promise<Actor> {
  const user = await getDb().user.create({ data: { email: `${role}@bench.local`, name: `Bench ${role}`, roles: [role] } });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}

export async function createBenchPeople(): Promise<BenchPeople> {
  return { admin: await createPerson("admin"), editor: await createPerson("editor"), reviewer: await createPerson("reviewer") };
}

/**
 * Imports a document of `segments` sentences, then proposes on every third segment, approves every
 * other proposal (with its review) and flags every tenth segment, as a team half-way through a book.
 */
export async function createBenchDocument(segments: number, { admin, editor, reviewer }: BenchPeople): Promise<number> {
  const db = getDb();
  const { id, segmentCount } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(documentOfSegments(segments)), input: { title: `Bench ${segments}` } });
  if (segmentCount !== segments) throw new Error(`Expected ${segments} segments, the import made ${segmentCount}.`);
  const rows = await db.segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" }, select: { id: true, mtText: true } });

  const edited = rows.filter((_, i) => i % 3 === 0);
  const proposals = await db.proposal.createManyAndReturn({
    data: edited.map((segment, i) => ({
      segmentId: segment.id,
      authorId: editor.id,
      text: segment.mtText.replace(/ - /g, " – ").replace(/\bborrowed\b/g, "lasted") + " (edited)",
      state: i % 2 === 0 ? ("approved" as const) : ("open" as const),
    })),
    select: { id: true, segmentId: true, state: true },
  });
  const approved = proposals.filter((proposal) => proposal.state === "approved");
  await db.review.createMany({ data: approved.map((proposal) => ({ proposalId: proposal.id, reviewerId: reviewer.id, decision: "approve" as const })) });
  await db.$executeRaw`UPDATE "Segment" AS s
    SET "currentProposalId" = v.proposal, "approvedProposalId" = CASE WHEN v.approved THEN v.proposal END,
        status = (CASE WHEN v.approved THEN 'approved' ELSE 'proposed' END)::"SegmentStatus", version = 1
    FROM unnest(${proposals.map((p) => p.segmentId)}::int[], ${proposals.map((p) => p.id)}::int[], ${proposals.map((p) => p.state === "approved")}::boolean[]) AS v(segment, proposal, approved)
    WHERE s.id = v.segment`;

  const flagged = rows.filter((segment, i) => i % 10 === 5 && segment.mtText.length > 8);
  await db.annotation.createMany({
    data: flagged.map((segment) => ({ segmentId: segment.id, authorId: reviewer.id, start: 0, end: 8, category: "Fluency", subcategory: "Grammar", severity: "Minor", note: "bench" })),
  });
  return id;
}
