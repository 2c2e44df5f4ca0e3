// The automatic checks on the public sample and the seed article, and their speed (run: npm run bench:checks).
import { readFileSync } from "node:fs";
import { CHECKS, runChecks } from "@/lib/checks";
import { checkDocumentOf } from "@/lib/checks/document";
import { sampleDocument, scoreSample, type ChecksSample } from "@/lib/checks/sample-score";
import type { CheckDocument } from "@/lib/checks/types";
import { printTable } from "./lib/print-table";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const sample = JSON.parse(read("../../shared/bench/checks/sample-ru-en.json")) as ChecksSample;
const seedMt = read("../prisma/seed-article.txt");
const alignedMt = read("../lib/align/fixtures/geneva-en.txt");
const alignedSource = read("../lib/align/fixtures/geneva-ru.txt");

const sampleFindings = runChecks(sampleDocument(sample));
const { scores, missed, stray } = scoreSample(sample, sampleFindings);
const seedFindings = runChecks(checkDocumentOf({ mt: seedMt, sourceLanguage: "ru", targetLanguage: "en" }));
const alignedFindings = runChecks(checkDocumentOf({ mt: alignedMt, source: alignedSource, sourceLanguage: "ru", targetLanguage: "en" }));
const count = (findings: { check: string }[], id: string) => String(findings.filter((f) => f.check === id).length);
const percent = (part: number, whole: number) => (whole === 0 ? "-" : `${Math.round((100 * part) / whole)}%`);

console.log(`Public sample (${sample.mt.length} segments, ${sample.expected.length} planted problems); seed article, MT only; its first part with the Russian source.\n`);
printTable(
  ["check", "sample: found/planted", "sample: recall", "sample: false pos. (clean)", "sample: precision", "seed (MT only)", "seed part (with source)"],
  CHECKS.map(({ id }) => {
    const s = scores.get(id) ?? { planted: 0, found: 0, truePositives: 0, falsePositives: 0, elsewhere: 0 };
    return [id, `${s.found}/${s.planted}`, percent(s.found, s.planted), String(s.falsePositives), percent(s.truePositives, s.truePositives + s.falsePositives), count(seedFindings, id), count(alignedFindings, id)];
  }),
);
if (missed.length > 0) console.log(`\nMissed: ${missed.map((m) => `${m.segment} ${m.check} "${m.text}"`).join("; ")}`);
if (stray.length > 0) console.log(`\nOn clean sentences: ${stray.map((f) => `${f.segment} ${f.check} "${f.text}"`).join("; ")}`);

/** Median wall-clock and CPU milliseconds per 1,000 segments: on a shared machine the CPU time varies less. */
function timePerThousand(doc: CheckDocument, runs = 5): [string, string] {
  runChecks(doc); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    runChecks(doc);
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const perThousand = (samples: number[]) => ((samples.sort((a, b) => a - b)[Math.floor(runs / 2)] / doc.segments.length) * 1000).toFixed(1);
  return [perThousand(wall), perThousand(cpu)];
}

// A few thousand segments: the seed article repeated (names repeat across copies, as in a long document).
const repeat = (text: string, times: number) => Array.from({ length: times }, () => text).join("\n\n");
const monolingual = checkDocumentOf({ mt: repeat(seedMt, 40), sourceLanguage: "ru", targetLanguage: "en", glossary: sampleDocument(sample).glossary });
const bilingual = checkDocumentOf({ mt: repeat(alignedMt, 120), source: repeat(alignedSource, 120), sourceLanguage: "ru", targetLanguage: "en", glossary: sampleDocument(sample).glossary });
console.log("\nTime of all checks (median of 5 runs, alignment and segmentation not included):\n");
printTable(
  ["document", "segments", "wall ms per 1,000 segments", "CPU ms per 1,000 segments"],
  [
    ["seed article x40, MT only", String(monolingual.segments.length), ...timePerThousand(monolingual)],
    ["seed part x120, with source", String(bilingual.segments.length), ...timePerThousand(bilingual)],
  ],
);
