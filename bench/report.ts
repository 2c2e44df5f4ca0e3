// Server time of the quality report for 100 and 10,000 approved segments (run: npm run bench:report). The target is a ratio of at most 3:
// every figure is a sum over statistics stored at approval, and only one page of 200 rows is read.
import { createScratchDatabase } from "@/lib/database/scratch";
import { disconnectDb, getDb } from "@/lib/db";
import { getReport } from "@/lib/server/report/get-report";
import { getReportCsv } from "@/lib/server/report/get-report-csv";
import { createBenchPeople } from "./export-fixture";
import { createApprovedDocument } from "./report-fixture";
import { printTable } from "./lib/print-table";
import { timeInTurns } from "./lib/time-in-turns";

const SIZES = [100, 10_000] as const;
const RUNS = 7;
const TARGET = 3;

const database = await createScratchDatabase("bench");
process.env.DATABASE_URL = database.url;
try {
  const people = await createBenchPeople();
  const documents: number[] = [];
  for (const size of SIZES) documents.push(await createApprovedDocument(size, people));
  // What autovacuum does soon after a bulk load; without it the planner guesses from an empty table.
  await getDb().$executeRawUnsafe("ANALYZE");
  const actor = people.admin;
  const cases: [string, (documentId: number) => Promise<unknown>, boolean][] = [
    ["getReport (page 1, document order)", (documentId) => getReport({ actor, documentId }), true],
    ["getReport (page 1, by MQM penalty)", (documentId) => getReport({ actor, documentId, sort: "penalty" }), false],
    ["getReportCsv (every row)", (documentId) => getReportCsv({ actor, documentId }), false],
  ];
  const rows: string[][] = [];
  for (const [name, run, target] of cases) {
    const [small, large] = await timeInTurns(run, documents, RUNS);
    const ratio = large / small;
    rows.push([name, small.toFixed(1), large.toFixed(1), `${ratio.toFixed(1)}${target ? (ratio <= TARGET ? " (target ≤ 3: met)" : " (target ≤ 3: MISSED)") : ""}`]);
  }
  console.log(`Server time of the quality report, median of ${RUNS} runs after a warm-up; every segment approved, a tenth flagged, a fifth timed.\n`);
  printTable(["use case", "100 ms", "10,000 ms", "ratio"], rows);
} finally {
  await disconnectDb();
  await database.drop();
}
