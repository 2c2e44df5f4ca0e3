// A proposal for a segment imported with inline codes must keep every placeholder whole (lib/formats/cat/placeholders.ts).
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { placeholderProblem, requiredPlaceholders, type InlineCodes } from "@/lib/formats/cat/placeholders";

/** Throws bad input naming the placeholder that is missing, broken, unknown, doubled or out of order. */
export async function checkPlaceholders(db: Tx, segmentId: number, text: string): Promise<void> {
  const segment = await db.segment.findUnique({ where: { id: segmentId }, select: { inlineCodes: true, mtText: true, sourceText: true } });
  if (segment) assertPlaceholders(segment, text);
}

type CodedSegment = { inlineCodes: unknown; mtText: string; sourceText: string | null };

/** The same on a segment row already read. */
export function assertPlaceholders(segment: CodedSegment, text: string): void {
  const problem = placeholderProblemIn(segment, text);
  if (problem) throw new AppError("bad_input", problem, undefined, { text: [problem] });
}

/** What `text` does wrong with the segment's placeholders, or null (always null for a segment without inline codes). */
export function placeholderProblemIn(segment: CodedSegment, text: string): string | null {
  return segment.inlineCodes ? placeholderProblem(text, segment.inlineCodes as InlineCodes, requiredPlaceholders(segment.mtText, segment.sourceText)) : null;
}
