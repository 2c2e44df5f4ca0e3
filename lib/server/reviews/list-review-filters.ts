import { getDb } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";

/** The documents and authors that have proposals waiting, for the queue's filters. */
export async function listReviewFilters({ actor }: { actor: Actor | null }) {
  requirePermission(actor, "proposal.review");
  const db = getDb();
  const waiting = { some: { state: "open" as const } };
  const [documents, authors] = await Promise.all([
    db.document.findMany({ where: { segments: { some: { proposals: waiting } } }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.user.findMany({ where: { proposals: waiting }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
  ]);
  return { documents, authors };
}
