// Progress, corpus HTER and chrF, and the MT word count of a document in one aggregate query over statistics stored on its segments.
import type { Tx } from "@/lib/db";
import { CHRF_CHAR_ORDER, chrfFromStats } from "@/lib/metrics/chrf";
import { terFromStats } from "@/lib/metrics/ter";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Progress } from "./types";

// The sums are grouped by whether a segment's stored figures count (approved text, or MT confirmed: a later proposal leaves
// them stale) rather than filtered per sum: one test per row instead of one per column, and the groups add up in JavaScript.
const CHRF_SUMS = Prisma.raw(Array.from({ length: 3 * CHRF_CHAR_ORDER }, (_, i) => `COALESCE(SUM(s."chrfStat${i + 1}"), 0)::float8 AS c${i}`).join(", "));

type Row = { status: string; reviewed: boolean; segments: number; edits: number; refLength: number; words: number } & Record<`c${number}`, number>;

/**
 * `scored`: the segments with final text (approved, or MT confirmed), which HTER and chrF cover. `reviewedSegments` and
 * `reviewedWords`: the segments with approved text and their MT words, which the MQM score is computed over.
 */
export type CorpusFigures = { progress: Progress; scored: number; hter: number | null; chrf: number | null; wordCount: number; reviewedSegments: number; reviewedWords: number };

export async function readCorpusFigures(db: Tx, documentId: number): Promise<CorpusFigures> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT s.status::text AS status, s."approvedProposalId" IS NOT NULL AS reviewed, COUNT(*)::int AS segments,
      COALESCE(SUM(s."terEdits"), 0)::float8 AS edits, COALESCE(SUM(s."terRefLength"), 0)::float8 AS "refLength",
      COALESCE(SUM(s."mtWords"), 0)::float8 AS words, ${CHRF_SUMS}
    FROM "Segment" s
    WHERE s."documentId" = ${documentId}
    GROUP BY s.status, 2`;
  const final = rows.filter((row) => row.reviewed || row.status === "confirmed");
  const sum = (pick: (row: Row) => number, of = rows) => of.reduce((total, row) => total + pick(row), 0);
  const count = (status: string) => sum((r) => r.segments, rows.filter((row) => row.status === status));
  const progress = { total: sum((r) => r.segments), approved: count("approved"), confirmed: count("confirmed"), proposed: count("proposed"), rejected: count("rejected"), untouched: count("new") };
  const scored = sum((r) => r.segments, final);
  const reviewed = rows.filter((row) => row.reviewed);
  const words = { wordCount: sum((r) => r.words), reviewedSegments: sum((r) => r.segments, reviewed), reviewedWords: sum((r) => r.words, reviewed) };
  if (scored === 0) return { progress, scored, hter: null, chrf: null, ...words };
  const chrfStats = Array.from({ length: 3 * CHRF_CHAR_ORDER }, (_, i) => sum((r) => r[`c${i}`], final));
  return {
    progress,
    scored,
    hter: terFromStats({ edits: sum((r) => r.edits, final), refLength: sum((r) => r.refLength, final) }),
    chrf: chrfFromStats(chrfStats),
    ...words,
  };
}
