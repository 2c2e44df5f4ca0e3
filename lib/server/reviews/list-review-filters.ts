import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

/** The documents and authors that have proposals waiting, for the queue's filters. */
export const listReviewFilters = defineUseCase(
  { name: "listReviewFilters", permission: "proposal.review", input: z.object({}), mode: "read" },
  async ({ db }) => {
    const waiting = { some: { state: "open" as const } };
    const [documents, authors] = await Promise.all([
      db.document.findMany({ where: { segments: { some: { proposals: waiting } } }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
      db.user.findMany({ where: { proposals: waiting }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    ]);
    return { documents, authors };
  },
);
