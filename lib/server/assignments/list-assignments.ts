import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { readAssignments } from "./read-assignments";

/** A document's assignments, for the admin who manages them, with the people who may take one (active editors and reviewers). */
export const listAssignments = defineUseCase(
  { name: "listAssignments", permission: "assignment.manage", input: z.object({ documentId: idSchema("document") }), mode: "read" },
  async ({ input: { documentId }, db }) => {
    const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true, title: true, segmentCount: true } });
    if (!document) return null;
    const [assignments, people] = await Promise.all([
      readAssignments(db, Prisma.sql`g."documentId" = ${documentId}`),
      db.user.findMany({ where: { active: true, roles: { hasSome: ["editor", "reviewer"] } }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true, roles: true } }),
    ]);
    return { document, assignments, people };
  },
);

export type AssignmentList = NonNullable<Awaited<ReturnType<typeof listAssignments>>>;
