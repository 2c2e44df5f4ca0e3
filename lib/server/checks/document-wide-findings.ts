// The document-wide checks (one name spelled two ways) need every segment: run once per document and kept until its
// segments change (a split, merge or link changes their number, ids or lengths, which the cheap fingerprint sums).
import "server-only";
import type { Tx } from "@/lib/db";
import { CHECKS } from "@/lib/checks";
import { blockSegmentSelect, checkSegments, DOCUMENT_WIDE, type Languages, type SegmentFinding } from "./block-findings";

const WIDE_CHECKS = CHECKS.filter((check) => DOCUMENT_WIDE.has(check.id));
const CACHE_LIMIT = 50;
const cache = new Map<number, { fingerprint: string; bySegment: Map<number, SegmentFinding[]> }>();

async function fingerprint(db: Tx, documentId: number): Promise<string> {
  const [row] = await db.$queryRaw<{ n: number; ids: string; mt: string; src: string }[]>`
    SELECT count(*)::int AS n, coalesce(sum(id), 0)::text AS ids, coalesce(sum(length("mtText")), 0)::text AS mt,
           coalesce(sum(length("sourceText")), 0)::text AS src
    FROM "Segment" WHERE "documentId" = ${documentId}`;
  return `${row.n}:${row.ids}:${row.mt}:${row.src}`;
}

/** The document-wide checks' findings on the MT, by segment id. */
export async function documentWideFindings(db: Tx, documentId: number, languages: Languages): Promise<Map<number, SegmentFinding[]>> {
  const current = await fingerprint(db, documentId);
  const cached = cache.get(documentId);
  if (cached?.fingerprint === current) return cached.bySegment;
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: { order: "asc" }, select: blockSegmentSelect });
  const bySegment = new Map<number, SegmentFinding[]>();
  for (const finding of checkSegments(segments, languages, WIDE_CHECKS)) bySegment.set(finding.segmentId, [...(bySegment.get(finding.segmentId) ?? []), finding]);
  cache.delete(documentId);
  cache.set(documentId, { fingerprint: current, bySegment });
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return bySegment;
}
