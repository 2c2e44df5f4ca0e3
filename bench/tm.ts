// Translation-memory lookup time against 100,000 entries (run: npm run bench:tm). Target: median and p99 under 50 ms.
// The lookup is lib/server/tm/find-tm-matches.ts (pg_trgm through a GIN index); the naive peers scan every entry,
// in PostgreSQL (similarity() on each row) and in JavaScript (Levenshtein over all texts), on a smaller sample.
// Measured on the embedded PostgreSQL (a user's default) and, when DATABASE_URL is set, on that server too.
import { distance } from "fastest-levenshtein";
import { createScratchDatabase } from "@/lib/database/scratch";
import { disconnectDb, getDb } from "@/lib/db";
import { findTmMatches, MIN_SIMILARITY } from "@/lib/server/tm/find-tm-matches";
import { printTable } from "./lib/print-table";
import { lookupSentences, newsPairs, type CorpusPair } from "./tm-corpus";

const ENTRIES = 100_000;
const LOOKUPS = 200;
const NAIVE_LOOKUPS = 20;
const TARGET_MS = 50;
const CHUNK = 5_000;

const percentile = (times: number[], p: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];

async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

type Run = { server: string; indexed: number[]; found: number; scan: number[] };

/** Fills a fresh database on one server (embedded when `serverUrl` is undefined) and times the lookups there. */
async function measureOn(serverUrl: string | undefined, corpus: readonly CorpusPair[], lookups: readonly string[], naive: boolean): Promise<Run> {
  if (serverUrl) process.env.DATABASE_URL = serverUrl;
  else delete process.env.DATABASE_URL;
  const database = await createScratchDatabase("bench_tm");
  process.env.DATABASE_URL = database.url;
  try {
    const db = getDb();
    const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT current_setting('server_version') AS version`;
    const server = `PostgreSQL ${version.split(" ")[0]}${serverUrl ? " (DATABASE_URL)" : " (embedded)"}`;
    const filling = performance.now();
    for (let from = 0; from < corpus.length; from += CHUNK) {
      const chunk = corpus.slice(from, from + CHUNK);
      await db.$executeRaw`
        INSERT INTO "TranslationMemoryEntry" ("sourceLanguage", "targetLanguage", "sourceText", "targetText", "sourceHash", "tuid")
        SELECT 'en-x-mt', 'en', u.source, u.target, md5(u.source), 'bench' FROM unnest(${chunk.map((p) => p.source)}::text[], ${chunk.map((p) => p.target)}::text[]) AS u(source, target)`;
    }
    await db.$executeRawUnsafe(`ANALYZE "TranslationMemoryEntry"`);
    console.log(`${server}: filled ${ENTRIES.toLocaleString("en")} entries (${new Set(corpus.map((p) => p.source)).size.toLocaleString("en")} distinct sentences) in ${((performance.now() - filling) / 1000).toFixed(1)} s.`);

    const lookup = (text: string) => db.$transaction((tx) => findTmMatches(tx, { text, sourceLanguage: "en-x-mt", targetLanguage: "en" }));
    for (const text of lookups.slice(0, 10)) await lookup(text); // warm-up: caches and the index's pages
    const indexed: number[] = [];
    let found = 0;
    for (const text of lookups) {
      let matches = 0;
      indexed.push(await timed(async () => (matches = (await lookup(text)).length)));
      if (matches > 0) found++;
    }
    const scan: number[] = [];
    if (naive) {
      for (const text of lookups.slice(0, NAIVE_LOOKUPS)) {
        scan.push(await timed(() => db.$queryRaw`SELECT id FROM "TranslationMemoryEntry" WHERE similarity("sourceText", ${text}) >= ${MIN_SIMILARITY} ORDER BY similarity("sourceText", ${text}) DESC LIMIT 3`));
      }
    }
    return { server, indexed, found, scan };
  } finally {
    await disconnectDb();
    await database.drop();
  }
}

const configured = process.env.DATABASE_URL;
const corpus = newsPairs(ENTRIES);
const lookups = lookupSentences(corpus, LOOKUPS);
const runs: Run[] = [await measureOn(undefined, corpus, lookups, true)];
if (configured) runs.push(await measureOn(configured, corpus, lookups, false));

const texts = corpus.map((pair) => pair.source);
const levenshtein: number[] = [];
for (const text of lookups.slice(0, NAIVE_LOOKUPS)) {
  levenshtein.push(await timed(() => texts.filter((entry) => 1 - distance(entry, text) / Math.max(entry.length, text.length) >= MIN_SIMILARITY).length));
}

const row = (name: string, times: number[]) => [name, String(times.length), percentile(times, 50).toFixed(1), percentile(times, 99).toFixed(1)];
console.log(`\nLookups of news sentences (a quarter known, half with one word changed, a quarter new); ${runs[0].found} of ${LOOKUPS} found a match of ${MIN_SIMILARITY * 100}% or more.\n`);
printTable(["lookup", "runs", "median ms", "p99 ms"], [
  ...runs.map((run) => row(`findTmMatches (pg_trgm, GIN index), ${run.server}`, run.indexed)),
  row(`naive: similarity() on every row (sequential scan), ${runs[0].server}`, runs[0].scan),
  row("naive: Levenshtein in JavaScript over every entry", levenshtein),
]);
console.log("");
for (const run of runs) {
  const met = percentile(run.indexed, 50) < TARGET_MS && percentile(run.indexed, 99) < TARGET_MS;
  console.log(`Target (median and p99 under ${TARGET_MS} ms) on ${run.server}: ${met ? "met" : "MISSED"}.`);
}
