// Progress, corpus HTER and chrF, and the MT word count of a document in one aggregate query over statistics stored on its segments.
import type { Tx } from "@/lib/db";
import { CHRF_CHAR_ORDER, chrfFromStats } from "@/lib/metrics/chrf";
import { terFromStats } from "@/lib/metrics/ter";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Progress } from "./types";

// A segment's stored figures count while its text is final: approved, or its MT confirmed (a later proposal leaves them stale).
const FINAL = `FILTER (WHERE s."approvedProposalId" IS NOT NULL OR s.status = 'confirmed')`;
const CHRF_SUMS = Prisma.raw(
  Array.from({ length: 3 * CHRF_CHAR_ORDER }, (_, i) => `COALESCE(SUM(s."chrfStat${i + 1}") ${FINAL}, 0)::float8 AS c${i}`).join(", "),
);

type Row = { status: string; segments: number; scored: number; edits: number; refLength: number; words: number; reviewedWords: number } & Record<`c${number}`, number>;

/** `reviewedWords`: the MT words of the segments with approved text, which the MQM score is computed over. */
export type CorpusFigures = { progress: Progress; scored: number; hter: number | null; chrf: number | null; wordCount: number; reviewedWords: number };

export async function readCorpusFigures(db: Tx, documentId: number): Promise<CorpusFigures> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT s.status::text AS status, COUNT(*)::int AS segments, COUNT(*) ${Prisma.raw(FINAL)}::int AS scored,
      COALESCE(SUM(s."terEdits") ${Prisma.raw(FINAL)}, 0)::float8 AS edits, COALESCE(SUM(s."terRefLength") ${Prisma.raw(FINAL)}, 0)::float8 AS "refLength",
      COALESCE(SUM(s."mtWords"), 0)::float8 AS words,
      COALESCE(SUM(s."mtWords") FILTER (WHERE s."approvedProposalId" IS NOT NULL), 0)::float8 AS "reviewedWords", ${CHRF_SUMS}
    FROM "Segment" s
    WHERE s."documentId" = ${documentId}
    GROUP BY s.status`;
  const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const count = (status: string) => rows.find((row) => row.status === status)?.segments ?? 0;
  const progress = { total: sum((r) => r.segments), approved: count("approved"), confirmed: count("confirmed"), proposed: count("proposed"), rejected: count("rejected"), untouched: count("new") };
  const scored = sum((r) => r.scored);
  const words = { wordCount: sum((r) => r.words), reviewedWords: sum((r) => r.reviewedWords) };
  if (scored === 0) return { progress, scored, hter: null, chrf: null, ...words };
  const chrfStats = Array.from({ length: 3 * CHRF_CHAR_ORDER }, (_, i) => sum((r) => r[`c${i}`]));
  return {
    progress,
    scored,
    hter: terFromStats({ edits: sum((r) => r.edits), refLength: sum((r) => r.refLength) }),
    chrf: chrfFromStats(chrfStats),
    ...words,
  };
}
