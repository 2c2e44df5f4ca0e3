// Fills the report's stored figures where they are missing (rows written before they were stored); run after the SQL migrations.
import pg from "pg";
import { STORE_FIGURES_SQL, storeFiguresParams, type SegmentTexts } from "./segment-figures-sql";

const PAGE = 1_000;

/**
 * Idempotent: segments without an MT word count, or with an approved text but no figures, a page of 1,000 at a time.
 * Returns how many segments it filled. A database whose migrations predate the columns is left alone.
 */
export async function backfillSegmentFigures(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const columns = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Segment' AND column_name = 'mtWords'`);
    if (columns.rowCount === 0) return 0;
    let filled = 0;
    for (let afterId = 0; ; ) {
      const { rows } = await client.query<SegmentTexts>(
        `SELECT s.id AS "segmentId", s."mtText" AS mt, p.text AS approved FROM "Segment" s LEFT JOIN "Proposal" p ON p.id = s."approvedProposalId"
         WHERE (s."mtWords" IS NULL OR (s."approvedProposalId" IS NOT NULL AND s."terEdits" IS NULL)) AND s.id > $1 ORDER BY s.id LIMIT ${PAGE}`,
        [afterId],
      );
      if (rows.length > 0) await client.query(STORE_FIGURES_SQL, storeFiguresParams(rows));
      filled += rows.length;
      if (rows.length < PAGE) return filled;
      afterId = rows[rows.length - 1].segmentId;
    }
  } finally {
    await client.end();
  }
}
