// A proposal for a segment imported with inline codes must keep every placeholder whole (lib/formats/cat/placeholders.ts).
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { placeholderProblem, requiredPlaceholders, type InlineCodes } from "@/lib/formats/cat/placeholders";

/** Throws bad input naming the placeholder that is missing, broken, unknown, doubled or out of order. */
export async function checkPlaceholders(db: Tx, segmentId: number, text: string): Promise<void> {
  const segment = await db.segment.findUnique({ where: { id: segmentId }, select: { inlineCodes: true, mtText: true, sourceText: true } });
  if (segment) assertPlaceholders(segment, text);
}

/** The same on a segment row already read. */
export function assertPlaceholders(segment: { inlineCodes: unknown; mtText: string; sourceText: string | null }, text: string): void {
  if (!segment.inlineCodes) return;
  const problem = placeholderProblem(text, segment.inlineCodes as InlineCodes, requiredPlaceholders(segment.mtText, segment.sourceText));
  if (problem) throw new AppError("bad_input", problem, undefined, { text: [problem] });
}
