import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

/** Proposals waiting for a decision: the header's count beside "Review". */
export const countWaitingReviews = defineUseCase(
  { name: "countWaitingReviews", permission: "proposal.review", input: z.object({}), mode: "read" },
  ({ db }) => db.proposal.count({ where: { state: "open" } }),
);
