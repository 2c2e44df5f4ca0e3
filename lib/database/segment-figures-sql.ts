// One statement that stores a segment's report figures, shared by the writers (import, split, merge, approval, restore) and the backfill.
import { CHRF_CHAR_ORDER } from "../metrics/chrf";
import { countWords } from "../metrics/mqm";
import { postEditFigures } from "../metrics/post-edit-figures";

/** approved: the approved text, or null when there is none (its figures are then null too). */
export type SegmentTexts = { segmentId: number; mt: string; approved: string | null };

const CHRF_COLUMNS = Array.from({ length: 3 * CHRF_CHAR_ORDER }, (_, i) => `"chrfStat${i + 1}" = (v.chrf_stats::int[])[${i + 1}]`).join(", ");

/** chrF statistics travel as array literals: unnest would flatten an int[][] into one column of ints. */
export const STORE_FIGURES_SQL = `UPDATE "Segment" AS s
  SET "mtWords" = v.words, "terEdits" = v.edits, "terRefLength" = v.ref_length, ${CHRF_COLUMNS}, hter = v.hter, chrf = v.chrf
  FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::text[], $6::float8[], $7::float8[]) AS v(id, words, edits, ref_length, chrf_stats, hter, chrf)
  WHERE s.id = v.id`;

export function storeFiguresParams(rows: readonly SegmentTexts[]): unknown[] {
  const figures = rows.map((row) => (row.approved === null ? null : postEditFigures(row.mt, row.approved)));
  return [
    rows.map((row) => row.segmentId),
    rows.map((row) => countWords(row.mt)),
    figures.map((f) => f?.terEdits ?? null),
    figures.map((f) => f?.terRefLength ?? null),
    figures.map((f) => (f ? `{${f.chrfStats.join(",")}}` : "{}")),
    figures.map((f) => f?.hter ?? null),
    figures.map((f) => f?.chrf ?? null),
  ];
}
