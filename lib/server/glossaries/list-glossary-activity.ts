import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { glossaryIdSchema } from "@/lib/validations/glossary";
import { findGlossary } from "./glossary-rows";

const LIMIT = 50;

/** The latest changes to a glossary and its terms (term events name their glossary in before/after), newest first. */
export const listGlossaryActivity = defineUseCase(
  { name: "listGlossaryActivity", permission: "audit.read", input: glossaryIdSchema, mode: "read" },
  async ({ input: { glossaryId }, db }) => {
    await findGlossary(db, glossaryId);
    const rows = await db.auditEvent.findMany({
      where: {
        OR: [
          { entityType: "Glossary", entityId: String(glossaryId) },
          { entityType: "GlossaryTerm", after: { path: ["glossaryId"], equals: glossaryId } },
          { entityType: "GlossaryTerm", action: "term.delete", before: { path: ["glossaryId"], equals: glossaryId } },
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LIMIT,
      include: { actor: { select: { name: true, email: true } } },
    });
    return rows.map((row) => ({
      id: row.id.toString(),
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actor: row.actor,
      segmentId: null,
      segmentOrder: null,
      before: row.before,
      after: row.after,
      createdAt: row.createdAt,
    }));
  },
);
