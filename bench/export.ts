// Export time by format for a 1,000- and a 10,000-segment document (run: npm run bench:export).
// Linear growth is a ratio of 10; a ratio over 12 is flagged as a sign of quadratic work or per-row queries.
import { createScratchDatabase } from "@/lib/database/scratch";
import { disconnectDb } from "@/lib/db";
import { EXPORT_FORMATS, exportDocument, type ExportFormat } from "@/lib/server/export/export-document";
import { createBenchDocument, createBenchPeople } from "./export-fixture";
import { printTable } from "./lib/print-table";
import { timeInTurns } from "./lib/time-in-turns";

const SIZES = [1_000, 10_000] as const;
const RUNS = 3;
const FLAG_RATIO = 12;

const database = await createScratchDatabase("bench");
process.env.DATABASE_URL = database.url;
try {
  const people = await createBenchPeople();
  const documents: number[] = [];
  for (const size of SIZES) documents.push(await createBenchDocument(size, people));

  const rows: string[][] = [];
  let flagged = 0;
  for (const format of EXPORT_FORMATS as readonly ExportFormat[]) {
    const [small, large] = await timeInTurns((documentId) => exportDocument({ actor: people.admin, documentId, format }), documents, RUNS);
    const ratio = large / small;
    if (ratio > FLAG_RATIO) flagged++;
    rows.push([format, small.toFixed(1), large.toFixed(1), `${ratio.toFixed(1)}${ratio > FLAG_RATIO ? " ⚠ over 12" : ""}`]);
  }
  console.log(`exportDocument (database read + render), median of ${RUNS} runs after a warm-up; a third of the segments`);
  console.log("have a proposal (half of them approved, with a review), a tenth have a flag. Linear is a ratio of 10.\n");
  printTable(["format", "1,000 ms", "10,000 ms", "ratio"], rows);
  console.log(flagged === 0 ? `\nNo format grows faster than ${FLAG_RATIO}x.` : `\n${flagged} format(s) grow faster than ${FLAG_RATIO}x.`);
} finally {
  await disconnectDb();
  await database.drop();
}
