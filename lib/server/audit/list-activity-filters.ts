import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";

type Person = { id: string; name: string; email: string };

/**
 * The people and actions that occur in a document's audit log, for the activity page's filters. Both are distinct values
 * read by a loose index scan (one index descent per distinct value, on AuditEvent(documentId, action) and
 * (documentId, actorId)), so a document with a million events costs what one with a hundred does.
 */
export const listActivityFilters = defineUseCase(
  { name: "listActivityFilters", permission: "audit.read", input: z.object({ documentId: idSchema("document") }), mode: "read" },
  async ({ input: { documentId }, db }) => {
    const [people, actions] = await Promise.all([
      db.$queryRaw<Person[]>`
        WITH RECURSIVE actor AS (
          (SELECT "actorId" AS id FROM "AuditEvent" WHERE "documentId" = ${documentId} AND "actorId" IS NOT NULL ORDER BY "actorId" LIMIT 1)
          UNION ALL
          SELECT (SELECT "actorId" FROM "AuditEvent" WHERE "documentId" = ${documentId} AND "actorId" > actor.id ORDER BY "actorId" LIMIT 1)
          FROM actor WHERE actor.id IS NOT NULL
        )
        SELECT u.id, u.name, u.email FROM actor JOIN "user" u ON u.id = actor.id ORDER BY u.name, u.email`,
      db.$queryRaw<{ action: string }[]>`
        WITH RECURSIVE event AS (
          (SELECT action FROM "AuditEvent" WHERE "documentId" = ${documentId} ORDER BY action LIMIT 1)
          UNION ALL
          SELECT (SELECT action FROM "AuditEvent" WHERE "documentId" = ${documentId} AND action > event.action ORDER BY action LIMIT 1)
          FROM event WHERE event.action IS NOT NULL
        )
        SELECT action FROM event WHERE action IS NOT NULL ORDER BY action`,
    ]);
    return { people, actions: actions.map((row) => row.action) };
  },
);
