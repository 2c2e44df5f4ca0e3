import { z } from "zod";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_TYPOLOGY, type Typology } from "@/lib/metrics/typology";
import { readAssignments } from "@/lib/server/assignments/read-assignments";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema, pageSchema } from "@/lib/validations/common";
import { readCorpusFigures } from "./read-corpus-figures";
import { readEditorFigures } from "./read-editor-figures";
import { mqmFigures } from "./mqm-figures";
import { readAnnotationKinds } from "./read-annotation-kinds";
import { readSegmentPage } from "./read-segment-rows";
import { defaultAscending } from "./sort-order";
import { SEGMENT_SORT_KEYS, type QualityReport, type SegmentPage, type SegmentSortKey } from "./types";

export const SEGMENT_PAGE_SIZE = 200;

const reportInput = z.object({
  documentId: idSchema("document"),
  page: pageSchema,
  // A bad sort in a URL (also one named twice, an array) falls back to document order rather than failing the page.
  sort: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value): SegmentSortKey => (SEGMENT_SORT_KEYS.find((key) => key === value) ?? "order")),
  dir: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => (value === "asc" || value === "desc" ? value : undefined)),
});

export async function readTypology(db: Tx, documentId: number) {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true, title: true, typology: { select: { definition: true } } } });
  if (!document) return null;
  return { document: { id: document.id, title: document.title }, typology: (document.typology?.definition as Typology | undefined) ?? DEFAULT_TYPOLOGY };
}

/**
 * The quality report of a document, or null when there is no such document. Every figure is a sum over statistics stored
 * on the segments (read-*.ts); only one page of the per-segment table is read. The reads run side by side on the pool,
 * not in one transaction: a report is a reading of a moment, and a snapshot would put the queries back in a row.
 */
export const getReport = defineUseCase(
  { name: "getReport", permission: "report.read", input: reportInput, mode: "read" },
  async ({ input: { documentId, page, sort: key, dir }, db }) => {
    const found = await readTypology(db, documentId);
    if (!found) return null;
    const sort = { key, ascending: dir === undefined ? defaultAscending(key) : dir === "asc" };
    const annotations = readAnnotationKinds(db, documentId, found.typology);
    const [corpus, editors, { counted, reviewed, dismissed, kinds }, requested, assignments] = await Promise.all([
      readCorpusFigures(db, documentId),
      readEditorFigures(db, documentId),
      annotations,
      annotations.then(({ kinds }) => readSegmentPage(db, documentId, kinds, sort, page, SEGMENT_PAGE_SIZE)),
      readAssignments(db, Prisma.sql`g."documentId" = ${documentId}`),
    ]);
    const pageCount = Math.max(1, Math.ceil(corpus.progress.total / SEGMENT_PAGE_SIZE));
    // A page past the end (an old link to a shorter table) shows the last page instead.
    const current = Math.min(page, pageCount);
    const rows = current === page ? requested : await readSegmentPage(db, documentId, kinds, sort, current, SEGMENT_PAGE_SIZE);
    const report: QualityReport = { progress: corpus.progress, scored: corpus.scored, hter: corpus.hter, chrf: corpus.chrf, ...mqmFigures(counted, dismissed, corpus.wordCount, { groups: reviewed, segments: corpus.reviewedSegments, words: corpus.reviewedWords }, found.typology), editors };
    const segments: SegmentPage = { rows, page: current, pageCount, pageSize: SEGMENT_PAGE_SIZE, total: corpus.progress.total, sort };
    return { ...found, report, segments, assignments };
  },
);

export type ReportView = NonNullable<Awaited<ReturnType<typeof getReport>>>;
