import type { Tx } from "@/lib/db";
import { STORE_FIGURES_SQL, storeFiguresParams, type SegmentTexts } from "@/lib/database/segment-figures-sql";

const CHUNK = 2_000;

/** Computes and stores segments' MT word counts and the HTER and chrF statistics of their approved texts, so the report only sums. */
export async function storeSegmentFigures(tx: Tx, rows: readonly SegmentTexts[]): Promise<void> {
  for (let from = 0; from < rows.length; from += CHUNK) {
    await tx.$executeRawUnsafe(STORE_FIGURES_SQL, ...storeFiguresParams(rows.slice(from, from + CHUNK)));
  }
}
