import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";

const NOTE = "Resolved on approval.";

/** "Resolve all" when approving: the sentence's open flags are resolved by the reviewer, in the approval's transaction. */
export async function resolveOpenFlags(tx: Tx, reviewer: Actor, segment: { id: number; documentId: number }, proposalId: number) {
  requirePermission(reviewer, "annotation.resolve");
  const open = await tx.annotation.findMany({ where: { segmentId: segment.id, state: "open" }, orderBy: { id: "asc" }, select: { id: true } });
  if (open.length === 0) return;
  const ids = open.map((flag) => flag.id);
  await tx.annotation.updateMany({ where: { id: { in: ids } }, data: { state: "resolved", resolvedById: reviewer.id, resolutionNote: NOTE } });
  // One event for all of them, named after the approval, so undoing the approval finds the flags to reopen.
  await recordAudit(tx, {
    actorId: reviewer.id,
    action: "annotation.resolve-on-approval",
    entityType: "Proposal",
    entityId: proposalId,
    documentId: segment.documentId,
    segmentId: segment.id,
    before: { state: "open", annotationIds: ids },
    after: { state: "resolved", annotationIds: ids, note: NOTE },
  });
}
