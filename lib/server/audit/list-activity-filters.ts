import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";

/** The people and actions that occur in a document's audit log, for the activity page's filters. */
export const listActivityFilters = defineUseCase(
  { name: "listActivityFilters", permission: "audit.read", input: z.object({ documentId: idSchema("document") }), mode: "read" },
  async ({ input: { documentId }, db }) => {
    const [people, actions] = await Promise.all([
      db.user.findMany({ where: { auditEvents: { some: { documentId } } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
      db.auditEvent.findMany({ where: { documentId }, distinct: ["action"], orderBy: { action: "asc" }, select: { action: true } }),
    ]);
    return { people, actions: actions.map((row) => row.action) };
  },
);
