import type { Tx } from "@/lib/db";
import { STORE_FIGURES_SQL, storeFiguresParams, type ApprovedText } from "@/lib/database/approval-figures-sql";

const CHUNK = 2_000;

/** Computes and stores HTER and chrF statistics of approved texts against their MT, so the report only sums them. */
export async function storeApprovalFigures(tx: Tx, rows: readonly ApprovedText[]): Promise<void> {
  for (let from = 0; from < rows.length; from += CHUNK) {
    await tx.$executeRawUnsafe(STORE_FIGURES_SQL, ...storeFiguresParams(rows.slice(from, from + CHUNK)));
  }
}
