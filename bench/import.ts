// Segmenter alone vs the whole import, scaling ratios, and another user's latency during a 5 MB import
// (run: npm run bench:import). Timings are medians; sizes take turns so a busy machine slows both alike.
import { createScratchDatabase } from "@/lib/database/scratch";
import { disconnectDb, getDb } from "@/lib/db";
import { escapeHtml } from "@/lib/formats/html";
import { MAX_IMPORT_BYTES } from "@/lib/formats/text-input";
import { segmentText } from "@/lib/segment";
import { repeatSeedParagraphs } from "@/lib/segment/fixtures/news-text";
import type { Actor } from "@/lib/server/auth/permissions";
import { importDocument } from "@/lib/server/documents/import-document";
import { latenciesDuring, percentile } from "./page-requests";
import { cliTimes } from "./lib/cli-timing";
import { printTable } from "./lib/print-table";
import { importPhases } from "./lib/import-phases";
import { databaseFloor, type DatabaseFloor } from "./lib/database-floor";
import { median } from "./lib/time-in-turns";

type Input = { name: string; text: string; format: "text" | "markdown"; importRuns: number };

const encoder = new TextEncoder();
const newsOf = (bytes: number) => {
  let text = repeatSeedParagraphs(bytes);
  while (encoder.encode(text).byteLength > bytes) text = text.slice(0, text.length - 1000);
  return text;
};
const mdBreaksAndHeadings = (n: number) => "***\n".repeat(n) + "# Heading\n".repeat(n);

const INPUTS: Input[] = [
  { name: "news text, 1 MB", text: newsOf(1_000_000), format: "text", importRuns: 3 },
  { name: "25,000 one-letter lines", text: "a\n".repeat(25_000), format: "text", importRuns: 3 },
  { name: "100,000 one-letter lines", text: "a\n".repeat(100_000), format: "text", importRuns: 1 },
  { name: "Markdown, 10,000 rules + headings", text: mdBreaksAndHeadings(10_000), format: "markdown", importRuns: 0 },
  { name: "Markdown, 40,000 rules + headings", text: mdBreaksAndHeadings(40_000), format: "markdown", importRuns: 0 },
];

// With --expose-gc (as npm run bench:import starts it), one run's garbage is collected before the next is timed.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Median ms of segmentText per input over 7 runs after a warm-up, the inputs taking turns so a busy moment slows all alike. */
function timeSegmenterInTurns(inputs: readonly Input[]): number[] {
  const samples = inputs.map(() => [] as number[]);
  for (let round = -1; round < 7; round++) {
    for (const [i, input] of inputs.entries()) {
      collect();
      const start = performance.now();
      segmentText(input.text, { format: input.format });
      if (round >= 0) samples[i].push(performance.now() - start);
    }
  }
  return samples.map(median);
}

/** Median ms of importDocument over the input's runs, and the last imported document's id. */
async function timeImport(actor: Actor, input: Input): Promise<{ ms: number; documentId: number }> {
  const samples: number[] = [];
  let documentId = 0;
  for (let i = 0; i < input.importRuns; i++) {
    collect();
    const start = performance.now();
    ({ id: documentId } = await importDocument({ actor, bytes: encoder.encode(input.text), input: { title: `${input.name} ${i}`, format: input.format } }));
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), documentId };
}

const database = await createScratchDatabase("bench_import");
process.env.DATABASE_URL = database.url;
try {
  const user = await getDb().user.create({ data: { email: "admin@bench.local", name: "Bench admin", roles: ["admin"] } });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, roles: user.roles };
  await importDocument({ actor, bytes: encoder.encode(newsOf(50_000)), input: { title: "warm-up" } });

  const times = new Map<string, { segment: number; import: number; documentId: number }>();
  const segmenter = timeSegmenterInTurns(INPUTS);
  for (const [i, input] of INPUTS.entries()) {
    const imported = input.importRuns > 0 ? await timeImport(actor, input) : { ms: NaN, documentId: 0 };
    times.set(input.name, { segment: segmenter[i], import: imported.ms, documentId: imported.documentId });
  }
  const floors: { input: Input; segment: number; floor: DatabaseFloor }[] = [];
  for (const input of [INPUTS[0], INPUTS[2]]) {
    const { segment, documentId } = times.get(input.name)!;
    floors.push({ input, segment, floor: await databaseFloor(documentId, 3) });
  }
  const phases = await importPhases(actor, encoder.encode(INPUTS[0].text), 3);
  const fiveMb = newsOf(MAX_IMPORT_BYTES);
  let segments = 0;
  const latencies = await latenciesDuring(async () => {
    ({ segmentCount: segments } = await importDocument({ actor, bytes: encoder.encode(fiveMb), input: { title: "5 MB news" } }));
  });

  // The same article as an HTML page of the same size: parse5 parses it a chunk at a time between other requests.
  const htmlPage = `<!DOCTYPE html><html><body>\n${newsOf(MAX_IMPORT_BYTES - 200_000).split("\n\n").map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n")}\n</body></html>\n`;
  let htmlSegments = 0;
  const htmlLatencies = await latenciesDuring(async () => {
    ({ segmentCount: htmlSegments } = await importDocument({ actor, bytes: encoder.encode(htmlPage), fileName: "news.html", input: { title: "5 MB HTML news" } }));
  });

  const ms = (value: number) => (Number.isNaN(value) ? "-" : value.toFixed(0));
  console.log("Median ms; the segmenter alone is segmentText, the import is importDocument (decode, segment, one transaction).\n");
  printTable(["input", "segmenter ms", "import ms", "import / segmenter"], INPUTS.map((input) => {
    const t = times.get(input.name)!;
    return [input.name, ms(t.segment), ms(t.import), Number.isNaN(t.import) ? "-" : `${(t.import / t.segment).toFixed(1)}x`];
  }));
  const news1 = times.get(INPUTS[0].name)!;
  console.log(`\nWhere the 1 MB news import's time goes (its steps one by one, median of 3), against the segmenter alone (${ms(news1.segment)} ms):\n`);
  printTable(["step", "ms", "x segmenter"], [
    ["decode and check the bytes", phases.decode],
    ["segment (in 10 ms slices, other requests served between)", phases.segment],
    ["document row (the original bytes and the text)", phases.documentRow],
    ["blocks and segments (bulk INSERT ... SELECT unnest)", phases.blocksAndSegments],
    ["commit", phases.commit],
  ].map(([step, value]) => [step as string, (value as number).toFixed(0), `${((value as number) / news1.segment).toFixed(1)}x`]));
  console.log("\nThe database's own share: the same document row, blocks and segments copied inside PostgreSQL by INSERT ... SELECT from");
  console.log("the imported document's rows (same indexes and constraints, no JavaScript, median of 3), against the segmenter alone:\n");
  const x = (value: number | null, segment: number) => (value === null ? "-" : `${value.toFixed(0)} (${(value / segment).toFixed(1)}x)`);
  printTable(["input", "segmenter ms", "document row ms", "blocks + segments ms", "same without foreign-key checks ms", "import's target"], floors.map(({ input, segment, floor }) => (
    [input.name, ms(segment), x(floor.document, segment), x(floor.rows, segment), x(floor.withoutForeignKeys, segment), input === INPUTS[0] ? "<= 3x" : "<= 10x"]
  )));
  console.log("");
  const t = (name: string) => times.get(name)!;
  const ratio = (name: string, limit: number, value: number) => [name, `${value.toFixed(1)}x`, `<= ${limit}x`, value <= limit ? "yes" : "NO"];
  const news = t("news text, 1 MB");
  const lines = t("100,000 one-letter lines");
  const checks = [
    ratio("import / segmenter, 1 MB news", 3, news.import / news.segment),
    ratio("Markdown segmenter 40k / 10k", 6, t("Markdown, 40,000 rules + headings").segment / t("Markdown, 10,000 rules + headings").segment),
    ratio("import 100k lines / 25k lines", 6, lines.import / t("25,000 one-letter lines").import),
    ratio("import / segmenter, 100k lines", 10, lines.import / lines.segment),
  ];
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  console.log(`\nAnother user's page (20 newest documents) every 25 ms during a 5 MB news import (${segments} segments):`);
  console.log(`${latencies.length} requests, p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms.\n`);
  const htmlP99 = percentile(htmlLatencies, 99);
  console.log(`The same during a 5 MB HTML page import (${htmlSegments} segments): ${htmlLatencies.length} requests, p50 ${percentile(htmlLatencies, 50).toFixed(0)} ms, p99 ${htmlP99.toFixed(0)} ms.\n`);
  printTable(["target", "measured", "target", "met"], [
    ...checks,
    ["others' p99 during a 5 MB import", `${p99.toFixed(0)} ms`, "< 1000 ms", p99 < 1000 ? "yes" : "NO"],
    ["others' p99 during a 5 MB HTML import", `${htmlP99.toFixed(0)} ms`, "< 1000 ms", htmlP99 < 1000 ? "yes" : "NO"],
  ]);

  const [md10, md40, lines25, lines100] = cliTimes(database.url, [
    { name: "segment Markdown, 10,000 rules + headings", text: mdBreaksAndHeadings(10_000), command: "segment" },
    { name: "segment Markdown, 40,000 rules + headings", text: mdBreaksAndHeadings(40_000), command: "segment" },
    { name: "import 25,000 one-letter lines", text: "a\n".repeat(25_000), command: "import" },
    { name: "import 100,000 one-letter lines", text: "a\n".repeat(100_000), command: "import" },
  ]);
  console.log("\nThrough the command line, the fastest of 5 runs taken in turns: the process's time minus that of the same command on a");
  console.log("one-line file (start-up varies by a fifth of a second, so small inputs read as noise), and the command's own time after start-up:\n");
  printTable(["command", "process minus start-up ms", "after start-up ms"], [md10, md40, lines25, lines100].map((row) => [row.name, row.processMinusStartUp.toFixed(0), row.own.toFixed(0)]));
  console.log("");
  printTable(["target (the command's own time after start-up)", "measured", "target", "met"], [
    ratio("CLI segment Markdown 40k / 10k", 6, md40.own / md10.own),
    ratio("CLI import 100k lines / 25k lines", 6, lines100.own / lines25.own),
    ratio("CLI import / segmenting, 100k lines", 10, lines100.own / lines.segment),
  ]);
} finally {
  await disconnectDb();
  await database.drop();
}
