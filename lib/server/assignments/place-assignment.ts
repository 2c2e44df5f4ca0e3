// The rules every change of an assignment checks: the document exists, the person may take the role, the sentences exist
// and no one else holds them in that role. Callers hold the document's row lock, so two admins take turns.
import type { Tx } from "@/lib/db";
import { ROLE_NEEDS } from "@/lib/assignments/role-needs";
import type { AssignmentRole } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { formatSentenceRanges, type SentenceRange } from "@/lib/assignments/sentence-ranges";

const ROLE_ARTICLE = { edit: "an", review: "a" } as const;
export const ROLE_VERB = { edit: "edit", review: "review" } as const;

/** The same lock as boundary changes take (lib/server/segments/boundaries.ts): sentence numbers hold still while we read them. */
export async function lockDocument(tx: Tx, documentId: number) {
  const rows = await tx.$queryRaw<{ id: number; title: string }[]>`SELECT id, title FROM "Document" WHERE id = ${documentId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("not_found", "That document does not exist (any more).");
  return rows[0];
}

export async function checkAssignee(tx: Tx, assigneeId: string, role: AssignmentRole) {
  // Waits for a deactivation or role change in flight, which releases assignments: one made meanwhile would outlive it.
  await tx.$queryRaw`SELECT id FROM "user" WHERE id = ${assigneeId} FOR SHARE`;
  const person = await tx.user.findUnique({ where: { id: assigneeId }, select: { id: true, name: true, email: true, roles: true, active: true } });
  if (!person) throw new AppError("bad_input", "That person does not exist.", undefined, { assigneeId: ["That person does not exist."] });
  const fail = (message: string) => new AppError("bad_input", message, undefined, { assigneeId: [message] });
  if (!person.active) throw fail(`${person.name} (${person.email}) is deactivated; choose someone else or reactivate them on the People page.`);
  if (!person.roles.includes(ROLE_NEEDS[role])) {
    throw fail(`${person.name} is not ${ROLE_ARTICLE[role]} ${ROLE_NEEDS[role]}, so they cannot be assigned sentences to ${ROLE_VERB[role]}; give them the role on the People page first.`);
  }
  return person;
}

/** The segments the ranges name (null: all of them), refusing a number past the document's last sentence. */
export async function segmentsIn(tx: Tx, documentId: number, ranges: SentenceRange[] | null) {
  const segments = await tx.segment.findMany({ where: { documentId }, orderBy: { order: "asc" }, select: { id: true, order: true } });
  if (!ranges) return segments;
  const last = segments.length ? segments[segments.length - 1].order : 0;
  const outside = ranges.find((range) => range.to > last);
  if (outside) {
    const message = `Sentence ${outside.to} is outside the document: it has ${last} sentence${last === 1 ? "" : "s"}.`;
    throw new AppError("bad_input", message, undefined, { sentences: [message] });
  }
  return segments.filter((segment) => ranges.some((range) => segment.order >= range.from && segment.order <= range.to));
}

/** Refuses sentences another assignment holds in this role (one assignee per role per sentence), naming who has them. */
export async function assertFree(tx: Tx, segmentIds: number[], role: AssignmentRole, except: number | null) {
  const taken = await tx.$queryRaw<{ name: string; orders: number[] }[]>`
    SELECT u.name, array_agg(s."order" ORDER BY s."order") AS orders
    FROM "AssignedSegment" a JOIN "Assignment" g ON g.id = a."assignmentId" JOIN "user" u ON u.id = g."assigneeId" JOIN "Segment" s ON s.id = a."segmentId"
    WHERE a."segmentId" = ANY(${segmentIds}::int[]) AND a.role = ${role}::"AssignmentRole" AND a."assignmentId" <> ${except ?? 0}
    GROUP BY u.name ORDER BY min(s."order")`;
  if (taken.length === 0) return;
  const who = taken.map(({ name, orders }) => `${orders.length === 1 ? "sentence" : "sentences"} ${formatSentenceRanges(orders)} to ${name}`).join(", ");
  const message = `Already assigned to ${ROLE_VERB[role]}: ${who}. Change or remove that assignment first.`;
  throw new AppError("conflict", message, undefined, { sentences: [message] });
}

export function describeSentences(wholeDocument: boolean, orders: number[]) {
  return wholeDocument ? "the whole document" : `${orders.length === 1 ? "sentence" : "sentences"} ${formatSentenceRanges(orders)}`;
}

export const dayText = (day: Date | null) => (day ? day.toISOString().slice(0, 10) : null);
