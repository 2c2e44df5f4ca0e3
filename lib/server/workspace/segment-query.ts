import { z } from "zod";
import { INT4_MAX, textSchema } from "@/lib/validations/common";

export const SEGMENT_PAGE_SIZE = 200;
export const SEGMENT_STATUSES = ["new", "proposed", "approved", "rejected", "confirmed"] as const;

/** One schema for the workspace's list query, read from URL search params by the route handler and the bench. */
export const segmentQuerySchema = z.object({
  after: z.coerce.number().int().min(0).max(INT4_MAX).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(SEGMENT_PAGE_SIZE),
  status: z.enum(SEGMENT_STATUSES).optional().catch(undefined),
  category: textSchema().trim().min(1).max(100).optional().catch(undefined),
  severity: textSchema().trim().min(1).max(100).optional().catch(undefined),
  // A longer search (a hand-made URL; the box takes 200) looks for its first 200 characters rather than for nothing.
  q: textSchema().trim().transform((q) => q.slice(0, 200)).pipe(z.string().min(1)).optional().catch(undefined),
  // The sentences of one assignment (a "My work" link).
  assignment: z.string().regex(/^\d{1,9}$/).optional().catch(undefined),
});

export type SegmentQuery = z.input<typeof segmentQuerySchema>;
export type SegmentFilters = Pick<z.output<typeof segmentQuerySchema>, "status" | "category" | "severity" | "q" | "assignment">;

export function hasFilters(filters: SegmentFilters) {
  return Boolean(filters.status || filters.category || filters.severity || filters.q || filters.assignment);
}
