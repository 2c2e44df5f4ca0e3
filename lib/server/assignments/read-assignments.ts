// Assignments with their progress, counted as the document list counts it: each sentence once, by its current status.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { AssignmentRole } from "@/lib/generated/prisma/enums";
import { formatSentenceRanges } from "@/lib/assignments/sentence-ranges";

type Row = {
  id: number; documentId: number; title: string; role: AssignmentRole; wholeDocument: boolean; dueOn: Date | null;
  assigneeId: string; name: string; email: string;
  total: number; approved: number; confirmed: number; proposed: number; rejected: number; orders: number[] | null;
};

export type AssignmentView = Omit<Row, "orders" | "dueOn"> & { sentences: string; dueOn: string | null; overdue: boolean };

/** Today in UTC as YYYY-MM-DD: a due date is a calendar day, and work is overdue the day after it. */
export const today = () => new Date().toISOString().slice(0, 10);

export async function readAssignments(db: Tx, where: Prisma.Sql): Promise<AssignmentView[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT g.id, g."documentId", d.title, g.role, g."wholeDocument", g."dueOn", u.id AS "assigneeId", u.name, u.email,
      count(s.id)::int AS total,
      count(s.id) FILTER (WHERE s.status = 'approved')::int AS approved,
      count(s.id) FILTER (WHERE s.status = 'confirmed')::int AS confirmed,
      count(s.id) FILTER (WHERE s.status = 'proposed')::int AS proposed,
      count(s.id) FILTER (WHERE s.status = 'rejected')::int AS rejected,
      array_agg(s."order" ORDER BY s."order") FILTER (WHERE s.id IS NOT NULL) AS orders
    FROM "Assignment" g
      JOIN "Document" d ON d.id = g."documentId" JOIN "user" u ON u.id = g."assigneeId"
      LEFT JOIN "AssignedSegment" a ON a."assignmentId" = g.id LEFT JOIN "Segment" s ON s.id = a."segmentId"
    WHERE ${where}
    GROUP BY g.id, d.id, u.id
    ORDER BY g."dueOn" ASC NULLS LAST, d.title, g.id`;
  const now = today();
  return rows.map(({ orders, dueOn, ...row }) => {
    const due = dueOn ? dueOn.toISOString().slice(0, 10) : null;
    const done = row.approved + row.confirmed;
    const sentences = row.wholeDocument ? "whole document" : orders?.length ? formatSentenceRanges(orders) : "no sentences left";
    return { ...row, sentences, dueOn: due, overdue: due !== null && due < now && done < row.total };
  });
}
