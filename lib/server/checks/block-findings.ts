// Findings computed a paragraph at a time: every check but name-inconsistency looks no further than a segment's block,
// so the workspace checks what it shows, not the whole document, and remembers each paragraph's result by its text.
import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { CHECKS, runChecks, type Check, type Finding, type GlossaryEntry } from "@/lib/checks";

/** Checks whose findings depend on the whole document; the others see one paragraph. */
export const DOCUMENT_WIDE = new Set(["name-inconsistency"]);
export const BLOCK_CHECKS: readonly Check[] = CHECKS.filter((check) => !DOCUMENT_WIDE.has(check.id));

export type BlockSegment = { id: number; order: number; blockId: number; mtText: string; sourceText: string | null };
/** What the checks know of the document besides its segments: its languages and the glossaries attached to it. */
export type Languages = { sourceLanguage: string; targetLanguage: string; glossary?: GlossaryEntry[] };
/** A finding on one stored segment, offsets in UTF-16 units as annotations keep them. */
export type SegmentFinding = Omit<Finding, "segment"> & { segmentId: number; order: number };

export const blockSegmentSelect = { id: true, order: true, blockId: true, mtText: true, sourceText: true } as const;

/** Runs `checks` over consecutive segments (one or more whole paragraphs); `texts` replaces some segments' MT. */
export function checkSegments(segments: BlockSegment[], languages: Languages, checks: readonly Check[], texts?: Map<number, string>): SegmentFinding[] {
  const findings = runChecks(
    {
      segments: segments.map((s) => ({ target: texts?.get(s.id) ?? s.mtText, block: s.blockId, ...(s.sourceText === null ? {} : { source: s.sourceText }) })),
      sourceLanguage: languages.sourceLanguage,
      targetLanguage: languages.targetLanguage,
      glossary: languages.glossary,
    },
    checks,
    { offsets: "utf16" },
  );
  return findings.map(({ segment, ...finding }) => ({ ...finding, segmentId: segments[segment - 1].id, order: segments[segment - 1].order }));
}

const CACHE_LIMIT = 5_000;
const cache = new Map<string, SegmentFinding[]>();

/** The MT findings of every segment of the given blocks, by segment id; a paragraph seen before with the same text is not checked again. */
export async function mtFindingsOfBlocks(db: Tx, documentId: number, blockIds: number[], languages: Languages): Promise<Map<number, SegmentFinding[]>> {
  const segments = await db.segment.findMany({ where: { documentId, blockId: { in: blockIds } }, orderBy: { order: "asc" }, select: blockSegmentSelect });
  const byBlock = new Map<number, BlockSegment[]>();
  for (const segment of segments) byBlock.set(segment.blockId, [...(byBlock.get(segment.blockId) ?? []), segment]);
  const result = new Map<number, SegmentFinding[]>(segments.map((s) => [s.id, []]));
  for (const block of byBlock.values()) {
    const key = blockKey(block, languages);
    let findings = cache.get(key);
    if (findings) {
      cache.delete(key); // re-inserted below: the map's order is the eviction order
    } else {
      findings = checkSegments(block, languages, BLOCK_CHECKS);
    }
    cache.set(key, findings);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    for (const finding of findings) result.get(finding.segmentId)!.push(finding);
  }
  return result;
}

function blockKey(block: BlockSegment[], languages: Languages): string {
  const hash = createHash("sha256");
  hash.update(`${languages.sourceLanguage}\u0000${languages.targetLanguage}\u0000${JSON.stringify(languages.glossary ?? [])}`);
  for (const s of block) hash.update(`\u0000${s.id}\u0000${s.order}\u0000${s.mtText}\u0000${s.sourceText ?? "\u0001"}`);
  return hash.digest("base64");
}
