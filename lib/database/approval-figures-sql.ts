// One statement that stores post-edit figures on many proposals, shared by the approval, the restore and the backfill.
import { postEditFigures } from "../metrics/post-edit-figures";

export type ApprovedText = { proposalId: number; mt: string; text: string };

/** chrF statistics travel as array literals: unnest would flatten an int[][] into one column of ints. */
export const STORE_FIGURES_SQL = `UPDATE "Proposal" AS p
  SET "terEdits" = v.edits, "terRefLength" = v.ref_length, "chrfStats" = v.chrf_stats::int[], hter = v.hter, chrf = v.chrf
  FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::float8[], $6::float8[]) AS v(id, edits, ref_length, chrf_stats, hter, chrf)
  WHERE p.id = v.id`;

export function storeFiguresParams(rows: readonly ApprovedText[]): unknown[] {
  const figures = rows.map((row) => postEditFigures(row.mt, row.text));
  return [
    rows.map((row) => row.proposalId),
    figures.map((f) => f.terEdits),
    figures.map((f) => f.terRefLength),
    figures.map((f) => `{${f.chrfStats.join(",")}}`),
    figures.map((f) => f.hter),
    figures.map((f) => f.chrf),
  ];
}
