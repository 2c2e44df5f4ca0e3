import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

/** How many entries the memory holds per language pair, and how many came from approvals in Verso. */
export const getTmSummary = defineUseCase(
  { name: "getTmSummary", permission: "tm.manage", input: z.object({}), mode: "read" },
  async ({ db }) => {
    const rows = await db.$queryRaw<{ sourceLanguage: string; targetLanguage: string; entries: bigint; approved: bigint }[]>`
      SELECT "sourceLanguage", "targetLanguage", count(*) AS entries, count("segmentId") AS approved
      FROM "TranslationMemoryEntry" GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`;
    return rows.map((row) => ({ ...row, entries: Number(row.entries), approved: Number(row.approved) }));
  },
);
