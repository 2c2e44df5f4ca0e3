// The per-segment table from stored figures: penalties and time summed per segment in SQL, sorted and cut there too.
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { KindWeights } from "./read-annotation-kinds";
import type { SegmentFigures, SegmentSort, SegmentSortKey } from "./types";

// A segment's stored figures count only while its text is approved or its MT confirmed: a later proposal leaves them
// stale, so rows show and sort by the same guarded value.
const SCORED = `(s."approvedProposalId" IS NOT NULL OR s.status = 'confirmed')`;

// Keys come from a closed list (SEGMENT_SORT_KEYS), never from the request's text.
const SORT_SQL: Record<SegmentSortKey, string> = {
  order: `s."order"`,
  status: `CASE s.status WHEN 'new' THEN 0 WHEN 'proposed' THEN 1 WHEN 'rejected' THEN 2 WHEN 'confirmed' THEN 3 ELSE 4 END`,
  hter: `CASE WHEN ${SCORED} THEN s.hter END`,
  chrf: `CASE WHEN ${SCORED} THEN s.chrf END`,
  penalty: "penalty",
  activeMs: `"activeMs"`,
};

type Window = { where: Prisma.Sql; orderBy: Prisma.Sql; limit: number; offset: number };

async function readRows(db: Tx, documentId: number, kinds: KindWeights, { where, orderBy, limit, offset }: Window): Promise<SegmentFigures[]> {
  return db.$queryRaw<SegmentFigures[]>`
    SELECT s.id, s."order", s.status::text AS status,
      ${Prisma.raw(SORT_SQL.hter)} AS hter, ${Prisma.raw(SORT_SQL.chrf)} AS chrf,
      COALESCE(pen.penalty, 0)::float8 AS penalty, COALESCE(tm.ms, 0)::float8 AS "activeMs"
    FROM "Segment" s
    LEFT JOIN LATERAL (
      SELECT SUM(w.weight) AS penalty FROM "Annotation" a
      JOIN unnest(${kinds.categories}::text[], ${kinds.subcategories}::text[], ${kinds.severities}::text[], ${kinds.weights}::float8[]) AS w(category, subcategory, severity, weight)
        ON w.category = a.category AND w.subcategory IS NOT DISTINCT FROM a.subcategory AND w.severity = a.severity
      WHERE a."segmentId" = s.id AND a.state <> 'dismissed'
    ) pen ON true
    LEFT JOIN LATERAL (SELECT SUM(t."activeMs") AS ms FROM "SegmentTime" t WHERE t."segmentId" = s.id) tm ON true
    WHERE s."documentId" = ${documentId} ${where}
    ORDER BY ${orderBy}, s."order"
    LIMIT ${limit} OFFSET ${offset}`;
}

/** One page of rows in the requested order; segments without a value (nothing approved yet) stay last either way. */
export function readSegmentPage(db: Tx, documentId: number, kinds: KindWeights, sort: SegmentSort, page: number, pageSize: number) {
  const orderBy = Prisma.raw(`${SORT_SQL[sort.key]} ${sort.ascending ? "ASC" : "DESC"} NULLS LAST`);
  return readRows(db, documentId, kinds, { where: Prisma.sql``, orderBy, limit: pageSize, offset: (page - 1) * pageSize });
}

/** Every row in document order, a keyset page at a time, for the CSV download. */
export async function* segmentRowsInOrder(db: Tx, documentId: number, kinds: KindWeights, pageSize = 1_000) {
  for (let afterOrder = 0; ; ) {
    const rows = await readRows(db, documentId, kinds, { where: Prisma.sql`AND s."order" > ${afterOrder}`, orderBy: Prisma.raw(`s."order"`), limit: pageSize, offset: 0 });
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    afterOrder = rows[rows.length - 1].order;
  }
}
