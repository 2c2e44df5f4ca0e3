import { getDb } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";

/** The people and actions that occur in a document's audit log, for the activity page's filters. */
export async function listActivityFilters({ actor, documentId }: { actor: Actor | null; documentId: number }) {
  requirePermission(actor, "audit.read");
  const db = getDb();
  const [people, actions] = await Promise.all([
    db.user.findMany({ where: { auditEvents: { some: { documentId } } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db.auditEvent.findMany({ where: { documentId }, distinct: ["action"], orderBy: { action: "asc" }, select: { action: true } }),
  ]);
  return { people, actions: actions.map((row) => row.action) };
}
