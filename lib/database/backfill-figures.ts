// Stores post-edit figures for approved texts that have none (approved before figures were stored); run after the SQL migrations.
import pg from "pg";
import { STORE_FIGURES_SQL, storeFiguresParams, type ApprovedText } from "./approval-figures-sql";

const PAGE = 1_000;

/** Idempotent: only proposals a segment points to as approved and whose figures are missing; returns how many it filled. */
export async function backfillApprovalFigures(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let filled = 0;
    for (let afterId = 0; ; ) {
      const { rows } = await client.query<ApprovedText>(
        `SELECT p.id AS "proposalId", s."mtText" AS mt, p.text FROM "Segment" s JOIN "Proposal" p ON p.id = s."approvedProposalId"
         WHERE p."terEdits" IS NULL AND p.id > $1 ORDER BY p.id LIMIT ${PAGE}`,
        [afterId],
      );
      if (rows.length > 0) await client.query(STORE_FIGURES_SQL, storeFiguresParams(rows));
      filled += rows.length;
      if (rows.length < PAGE) return filled;
      afterId = rows[rows.length - 1].proposalId;
    }
  } finally {
    await client.end();
  }
}
