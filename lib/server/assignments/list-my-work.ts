import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { readAssignments } from "./read-assignments";

/** What is assigned to the signed-in person, soonest due first; everyone sees their own and only their own. */
export const listMyWork = defineUseCase(
  { name: "listMyWork", permission: "document.read", input: z.object({}), mode: "read" },
  ({ actor, db }) => readAssignments(db, Prisma.sql`g."assigneeId" = ${actor.id}`),
);
