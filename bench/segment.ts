// Sentence segmenters side by side: why Verso segments by hand (run: npm run bench:segment).
import sbd from "sbd";
import { split } from "sentence-splitter";
import { segmentText, splitSentences } from "@/lib/segment";
import { scoreGoldenRules } from "@/lib/segment/fixtures/golden-rules";
import { pathologicalTexts } from "@/lib/segment/fixtures/news-text";
import { benchCorpus } from "./segment-corpus";
import { benchLanguages } from "./segment-languages";
import { printTable } from "./lib/print-table";
import { medianMs } from "./segment-table";

type Contender = { name: string; sentences: (text: string) => string[]; runs: number };
// Many runs for the fast ones so a busy machine moves the median less; sentence-splitter takes seconds a run.
const RUNS = 11;

const intl = new Intl.Segmenter("en", { granularity: "sentence" });
const bySbd = (text: string) => sbd.sentences(text);
const bySentenceSplitter = (text: string) => split(text).flatMap((node) => (node.type === "Sentence" ? [node.raw] : []));
const byIntl = (text: string) => Array.from(intl.segment(text), (s) => s.segment);

// Whole-text Intl.Segmenter and sentence-splitter grow faster than linearly (printed below), so every
// library gets the text paragraph by paragraph, as Verso itself splits blocks first.
const byParagraph = (splitter: (text: string) => string[]) => (text: string) => text.split("\n\n").flatMap(splitter);

const CONTENDERS: Contender[] = [
  { name: "Verso segmentText", sentences: (text) => segmentText(text).blocks.flatMap((b) => b.segments.map((s) => s.text)), runs: RUNS },
  { name: "sbd", sentences: byParagraph(bySbd), runs: RUNS },
  { name: "sentence-splitter 5", sentences: byParagraph(bySentenceSplitter), runs: 3 },
  { name: "Intl.Segmenter en", sentences: byParagraph(byIntl), runs: RUNS },
];
const versoGolden = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

// `npm run bench:segment -- --only languages` prints the per-language table alone.
if (process.argv.includes("--only") && process.argv.includes("languages")) {
  benchLanguages();
  process.exit(0);
}

const oneMb = benchCorpus(1_000_000);
const twoMb = benchCorpus(2_000_000);
const rows = CONTENDERS.map((contender) => {
  const golden = scoreGoldenRules(contender.name.startsWith("Verso") ? versoGolden : contender.sentences);
  const one = medianMs(() => contender.sentences(oneMb), contender.runs);
  const two = medianMs(() => contender.sentences(twoMb), contender.runs);
  return [contender.name, `${golden.passed}/${golden.total}`, one.toFixed(1), two.toFixed(1), (two / one).toFixed(2), String(contender.runs)];
});

console.log(`Median time after a warm-up run. Corpus: the seed article's paragraphs + generated news text.`);
console.log("Libraries get one paragraph at a time; Verso gets the whole text and finds blocks itself.\n");
printTable(["segmenter", "golden rules", "1 MB ms", "2 MB ms", "2MB/1MB", "runs"], rows);

console.log("\nWhole text in one call, 100 KB -> 400 KB, linear would be 4x (why the libraries get paragraphs):");
for (const [name, splitter] of [["sbd", bySbd], ["sentence-splitter 5", bySentenceSplitter], ["Intl.Segmenter en", byIntl]] as const) {
  const small = medianMs(() => splitter(oneMb.slice(0, 100_000)), 1);
  const large = medianMs(() => splitter(oneMb.slice(0, 400_000)), 1);
  console.log(`  ${name.padEnd(20)} ${small.toFixed(0).padStart(6)} ms -> ${large.toFixed(0).padStart(6)} ms (${(large / small).toFixed(1)}x)`);
}

console.log(`\nVerso on 1 MB pathological one-sentence texts (one cold run each; target: under 1,000 ms):`);
for (const [name, text] of Object.entries(pathologicalTexts(1_000_000))) {
  const start = performance.now();
  segmentText(text);
  console.log(`  ${name.padEnd(16)} ${(performance.now() - start).toFixed(1).padStart(7)} ms`);
}

benchLanguages();
