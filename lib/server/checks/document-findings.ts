// Runs the automatic checks (lib/checks) over a stored document, with each segment's aligned source when it has one.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CHECKS, runChecks, type Check } from "@/lib/checks";
import { documentGlossaryEntries } from "@/lib/server/glossaries/glossary-rows";
import type { SegmentFinding } from "./block-findings";
import { mtFindings, ORIGIN_PREFIX } from "./segment-findings";

export { ORIGIN_PREFIX, type SegmentFinding };

/** Findings in document order with UTF-16 offsets, as annotations store them; `checks` narrows them to some checks. */
export async function documentFindings(tx: Tx, documentId: number, checks: readonly Check[] = CHECKS): Promise<SegmentFinding[]> {
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { sourceLanguage: true, targetLanguage: true } });
  if (!document) throw new AppError("not_found", "That document does not exist (any more).");
  const segments = await tx.segment.findMany({
    where: { documentId },
    orderBy: { order: "asc" },
    select: { id: true, order: true, mtText: true, sourceText: true, blockId: true },
  });
  const findings = runChecks(
    {
      segments: segments.map((s) => ({ target: s.mtText, block: s.blockId, ...(s.sourceText === null ? {} : { source: s.sourceText }) })),
      sourceLanguage: document.sourceLanguage,
      targetLanguage: document.targetLanguage,
      glossary: await documentGlossaryEntries(tx, documentId),
    },
    checks,
    { offsets: "utf16" },
  );
  return findings.map(({ segment, ...finding }) => ({ ...finding, segmentId: segments[segment - 1].id, order: segments[segment - 1].order }));
}

/** The finding a client names, found again on the server (its paragraph checked again): a stale or made-up one is refused. */
export async function findFinding(tx: Tx, input: { documentId: number; segmentId: number; check: string; start: number; end: number }): Promise<SegmentFinding> {
  if (!CHECKS.some((c) => c.id === input.check)) throw new AppError("bad_input", `There is no check "${input.check}".`);
  const findings = (await mtFindings(tx, input.documentId, [input.segmentId])).get(input.segmentId) ?? [];
  const finding = findings.find((f) => f.check === input.check && f.start === input.start && f.end === input.end);
  if (!finding) throw new AppError("bad_input", "That finding is no longer reported: reload the document.");
  return finding;
}
