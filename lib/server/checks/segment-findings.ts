// The findings of some segments of a stored document: on their MT (what editors keep or dismiss), or on a new text.
import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Check } from "@/lib/checks";
import { documentGlossaryEntries } from "@/lib/server/glossaries/glossary-rows";
import { BLOCK_CHECKS, blockSegmentSelect, checkSegments, mtFindingsOfBlocks, type BlockSegment, type Languages, type SegmentFinding } from "./block-findings";
import { documentWideFindings } from "./document-wide-findings";

export const ORIGIN_PREFIX = "check:";

const decisionKey = (segmentId: number, check: string, start: number, end: number) => `${segmentId}:${check}:${start}:${end}`;

async function languagesOf(db: Tx, documentId: number): Promise<Languages> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { sourceLanguage: true, targetLanguage: true } });
  if (!document) throw new AppError("not_found", "That document does not exist (any more).");
  return { ...document, glossary: await documentGlossaryEntries(db, documentId) };
}

/** Every finding on the MT of these segments of the document (any outside it are left out), decided or not, by segment id. */
export async function mtFindings(db: Tx, documentId: number, segmentIds: number[]): Promise<Map<number, SegmentFinding[]>> {
  const languages = await languagesOf(db, documentId);
  const segments = await db.segment.findMany({ where: { documentId, id: { in: segmentIds } }, select: { id: true, blockId: true } });
  if (segments.length === 0) return new Map();
  const [inBlocks, wide] = await Promise.all([
    mtFindingsOfBlocks(db, documentId, [...new Set(segments.map((s) => s.blockId))], languages),
    documentWideFindings(db, documentId, languages),
  ]);
  return new Map(
    segments.map(({ id }) => [id, [...(inBlocks.get(id) ?? []), ...(wide.get(id) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end)]),
  );
}

type Span = { start: number; end: number };
type CheckFlag = Span & { segmentId: number; origin: string | null };

/** The flags made from a finding of this check whose span is the finding's or overlaps it: a kept flag the editor narrowed or widened is still that finding. */
export const keptSpanWhere = (check: string, finding: Span) => ({
  origin: `${ORIGIN_PREFIX}${check}`,
  OR: [{ start: finding.start, end: finding.end }, { start: { lt: finding.end }, end: { gt: finding.start } }],
});

/** Whether a finding is decided: dismissed on its exact words, or kept as a flag (keptSpanWhere, for rows already read). */
export function decidedBy(dismissed: readonly (Span & { segmentId: number; check: string })[], flags: readonly CheckFlag[]) {
  const dismissedKeys = new Set(dismissed.map((d) => decisionKey(d.segmentId, d.check, d.start, d.end)));
  const flagsOf = new Map<number, CheckFlag[]>();
  for (const flag of flags) flagsOf.set(flag.segmentId, [...(flagsOf.get(flag.segmentId) ?? []), flag]);
  const overlaps = (a: Span, b: Span) => (a.start === b.start && a.end === b.end) || (a.start < b.end && b.start < a.end);
  return (f: SegmentFinding) =>
    dismissedKeys.has(decisionKey(f.segmentId, f.check, f.start, f.end)) ||
    (flagsOf.get(f.segmentId) ?? []).some((flag) => flag.origin === `${ORIGIN_PREFIX}${f.check}` && overlaps(flag, f));
}

/** The same, without the findings an editor already kept as a flag or dismissed. */
export async function undecidedFindings(db: Tx, documentId: number, segmentIds: number[]): Promise<Map<number, SegmentFinding[]>> {
  const [all, dismissed, kept] = await Promise.all([
    mtFindings(db, documentId, segmentIds),
    db.findingDismissal.findMany({ where: { segmentId: { in: segmentIds } }, select: { segmentId: true, check: true, start: true, end: true } }),
    db.annotation.findMany({ where: { segmentId: { in: segmentIds }, origin: { startsWith: ORIGIN_PREFIX } }, select: { segmentId: true, origin: true, start: true, end: true } }),
  ]);
  const decided = decidedBy(dismissed, kept);
  return new Map([...all].map(([id, findings]) => [id, findings.filter((f) => !decided(f))]));
}

type StoredSegment = BlockSegment & { documentId: number; inlineCodes: unknown; sourceLanguage: string; targetLanguage: string; hasGlossary: boolean; hasNeighbours: boolean };

// A paragraph longer than this is checked in a window around the segment (balance and capitalisation look at neighbours).
const WINDOW = 40;

/**
 * The block-level checks' findings on `text` put in place of the segment's MT, its neighbours read as they now stand
 * (approved text, else the latest open proposal, else the MT). Name spellings across the document are not checked here.
 */
export async function findingsOnText(db: Tx, segmentId: number, text: string, checks: readonly Check[] = BLOCK_CHECKS) {
  // One indexed read in the common case (a sentence alone in its paragraph, no glossary): this runs on every save.
  // Raw SQL because Prisma's nested _count groups the whole Segment table to count one paragraph's sentences.
  const [segment] = await db.$queryRaw<StoredSegment[]>`
    SELECT s.id, s."order", s."blockId", s."mtText", s."sourceText", s."documentId", s."inlineCodes", d."sourceLanguage", d."targetLanguage",
      EXISTS (SELECT 1 FROM "DocumentGlossary" g WHERE g."documentId" = s."documentId") AS "hasGlossary",
      EXISTS (SELECT 1 FROM "Segment" o WHERE o."blockId" = s."blockId" AND o.id <> s.id) AS "hasNeighbours"
    FROM "Segment" s JOIN "Document" d ON d.id = s."documentId" WHERE s.id = ${segmentId}`;
  if (!segment) throw new AppError("not_found", "That segment does not exist (any more). Reload the document.");
  const { sourceLanguage, targetLanguage } = segment;
  const [block, glossary] = await Promise.all([
    !segment.hasNeighbours
      ? [segment]
      : db.segment.findMany({
          where: { blockId: segment.blockId, order: { gte: segment.order - WINDOW, lte: segment.order + WINDOW } },
          orderBy: { order: "asc" },
          select: { ...blockSegmentSelect, approvedProposal: { select: { text: true } }, currentProposal: { select: { text: true, state: true } } },
        }),
    segment.hasGlossary ? documentGlossaryEntries(db, segment.documentId) : [],
  ]);
  const open = (s: (typeof block)[number]) => ("currentProposal" in s && s.currentProposal?.state === "open" ? s.currentProposal.text : undefined);
  const current = (s: (typeof block)[number]) => ("approvedProposal" in s ? (s.approvedProposal?.text ?? open(s)) : undefined) ?? s.mtText;
  const texts = new Map(block.map((s) => [s.id, s.id === segmentId ? text : current(s)]));
  const findings = checkSegments(block, { sourceLanguage, targetLanguage, glossary }, checks, texts).filter((f) => f.segmentId === segmentId);
  return { documentId: segment.documentId, order: segment.order, findings, stored: { inlineCodes: segment.inlineCodes, mtText: segment.mtText, sourceText: segment.sourceText } };
}
