// Server time of find and replace (preview, then apply as proposals) and of a propagation offer, at 1,000 and 10,000 segments (run: npm run bench:replace).
import { createScratchDatabase } from "@/lib/database/scratch";
import { disconnectDb, getDb } from "@/lib/db";
import { applyReplacement } from "@/lib/server/propagation/apply-replacement";
import { findPropagation } from "@/lib/server/propagation/find-propagation";
import { previewReplacement } from "@/lib/server/propagation/preview-replacement";
import { createTestActor } from "../tests/factories";
import { bookText, importText, versionsOf } from "../tests/propagation-fixtures";
import { printTable } from "./lib/print-table";

const SIZES = [1_000, 10_000] as const;
const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const database = await createScratchDatabase("bench");
process.env.DATABASE_URL = database.url;
try {
  const [admin, editor] = [await createTestActor("admin"), await createTestActor("editor")];
  const rows: string[][] = [];
  for (const size of SIZES) {
    const plain = { find: "Sergey", replace: "Sergei", wholeWord: true };
    const regex = { find: "number (\\d+)", replace: "no. $1", regex: true };
    const previews: Record<string, number[]> = { plain: [], regex: [], propagation: [] };
    const applies: number[] = [];
    let changed = 0;
    for (let run = 0; run < RUNS + 1; run++) {
      const { id, segments } = await importText("Bench replace", bookText(size), admin);
      await getDb().$executeRawUnsafe("ANALYZE");
      const [, plainMs] = await timed(() => previewReplacement({ actor: editor, documentId: id, query: plain }));
      const [found, regexMs] = await timed(() => previewReplacement({ actor: editor, documentId: id, query: regex }));
      const name = segments.find((segment) => segment.mtText.startsWith("Sergey"))!;
      const [, propagationMs] = await timed(() => findPropagation({ actor: editor, documentId: id, segmentId: name.id, before: name.mtText, after: name.mtText.replace("Sergey", "Sergei") }));
      const [, applyMs] = await timed(() => applyReplacement({ actor: editor, documentId: id, query: regex, segments: versionsOf(found.changes) }));
      changed = found.changes.length;
      if (run === 0) continue; // the warm-up
      previews.plain.push(plainMs);
      previews.regex.push(regexMs);
      previews.propagation.push(propagationMs);
      applies.push(applyMs);
    }
    rows.push([size.toLocaleString("en"), median(previews.plain).toFixed(0), median(previews.regex).toFixed(0), median(previews.propagation).toFixed(0), `${median(applies).toFixed(0)} (${changed.toLocaleString("en")} proposals)`]);
  }
  console.log(`Server time in ms, median of ${RUNS} runs after a warm-up, each on a freshly imported document.\n`);
  printTable(["segments", "preview plain", "preview regex", "propagation offer", "apply regex"], rows);
} finally {
  await disconnectDb();
  await database.drop();
}
