// Per-language accuracy and speed, Verso beside sentencex, cldr-segmentation and Intl.Segmenter (npm run bench:segment).
import cldr from "cldr-segmentation";
import { segment as sentencex } from "sentencex";
import { segmentText, splitSentences } from "@/lib/segment";
import { goldenMultilingual } from "@/lib/segment/fixtures/golden-multilingual";
import { goldenRulesEn, scoreGoldenRules, type GoldenRule } from "@/lib/segment/fixtures/golden-rules";
import { printTable } from "./lib/print-table";
import { median } from "./lib/time-in-turns";
import { cpuMs } from "./segment-table";

type Splitter = (text: string, language: string) => string[];
type Peer = { name: string; split: Splitter; time: (corpus: string, language: string) => unknown };

const CORPUS_BYTES = 1_000_000;
/** Some peers take seconds per MB (sentencex over 30 s on the Danish texts): they are timed on a slice this size. */
const PEER_SAMPLE_BYTES = 100_000;
const VERSO_RUNS = 5;

const paragraphs = (corpus: string) => corpus.split("\n\n");
const byIntl: Splitter = (text, language) => Array.from(new Intl.Segmenter(language, { granularity: "sentence" }).segment(text), (s) => s.segment);
const byCldr: Splitter = (text, language) => cldr.sentenceSplit(text, cldr.suppressions[language]);

// sentencex pays about 0.25 ms a call, so it gets the whole corpus at once; whole-text Intl.Segmenter grows faster
// than linearly (see the other table), so it and cldr-segmentation get one paragraph at a time, as Verso splits blocks first.
const PEERS: Peer[] = [
  { name: "sentencex", split: (text, language) => sentencex(language, text), time: (corpus, language) => sentencex(language, corpus) },
  { name: "cldr-segmentation", split: byCldr, time: (corpus, language) => paragraphs(corpus).map((p) => byCldr(p, language)) },
  { name: "Intl.Segmenter", split: byIntl, time: (corpus, language) => paragraphs(corpus).map((p) => byIntl(p, language)) },
];

const versoSplit: Splitter = (text, language) => splitSentences(text, language).map((s) => text.slice(s.start, s.end));

/** The language's golden texts, one paragraph each, repeated until the corpus holds `bytes` bytes of UTF-8. */
function corpusOf(cases: GoldenRule[], bytes: number): { text: string; bytes: number; chars: number } {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    for (const { text } of cases) {
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
    }
  }
  const text = parts.join("\n\n");
  return { text, bytes: Buffer.byteLength(text), chars: text.length };
}

const perMb = (ms: number, bytes: number) => (ms * 1_000_000) / bytes;
const score = (split: Splitter, language: string, cases: GoldenRule[]) => {
  const result = scoreGoldenRules((text) => split(text, language), cases);
  return { passed: result.passed, total: result.total };
};

/**
 * Verso's CPU ms per run of each language's corpus, the languages taking turns run by run, so that a load that
 * comes and goes weighs on every language alike; the first round warms up.
 */
function versoTimes(corpora: Map<string, string>): Map<string, number> {
  const samples = new Map<string, number[]>([...corpora.keys()].map((language) => [language, []]));
  for (let round = 0; round <= VERSO_RUNS; round++) {
    for (const [language, text] of corpora) {
      const ms = cpuMs(() => segmentText(text, { language }));
      if (round > 0) samples.get(language)!.push(ms);
    }
  }
  return new Map([...samples].map(([language, times]) => [language, median(times)]));
}

export function benchLanguages(): void {
  const languages: Array<[string, GoldenRule[]]> = [["en", goldenRulesEn], ...Object.entries(goldenMultilingual)];
  const corpora = new Map(languages.map(([language, cases]) => [language, corpusOf(cases, CORPUS_BYTES)]));
  const versoMs = versoTimes(new Map([...corpora].map(([language, corpus]) => [language, corpus.text])));
  const totals = new Map<string, number>();
  const rows: string[][] = [];
  const versoMsPerMb = new Map<string, { bytes: number; chars: number }>();
  for (const [language, cases] of languages) {
    const corpus = corpora.get(language)!;
    const sample = corpusOf(cases, PEER_SAMPLE_BYTES);
    const verso = score(versoSplit, language, cases);
    const ms = versoMs.get(language)!;
    versoMsPerMb.set(language, { bytes: perMb(ms, corpus.bytes), chars: perMb(ms, corpus.chars) });
    const row = [language, String(cases.length), `${verso.passed}`, perMb(ms, corpus.bytes).toFixed(0)];
    if (language !== "en") totals.set("Verso", (totals.get("Verso") ?? 0) + verso.passed);
    for (const peer of PEERS) {
      const peerScore = score(peer.split, language, cases);
      peer.time(sample.text.slice(0, 2_000), language); // warm-up
      row.push(`${peerScore.passed}`, perMb(cpuMs(() => peer.time(sample.text, language)), sample.bytes).toFixed(0));
      if (language !== "en") totals.set(peer.name, (totals.get(peer.name) ?? 0) + peerScore.passed);
    }
    rows.push(row);
  }
  const multilingual = languages.slice(1).reduce((sum, [, cases]) => sum + cases.length, 0);
  rows.push(["21 languages", String(multilingual), `${totals.get("Verso")}`, "", ...PEERS.flatMap((p) => [`${totals.get(p.name)}`, ""])]);

  console.log(`\nPer language: golden cases passed (en: the Golden Rules; others: pySBD's multilingual cases) and CPU ms per MB of UTF-8.`);
  console.log(`Verso: segmentText on a ${CORPUS_BYTES / 1e6} MB corpus of the language's golden texts repeated, median of ${VERSO_RUNS} runs, languages taking turns.`);
  console.log(`Peers: the same texts, a ${PEER_SAMPLE_BYTES / 1000} KB slice, one run after a warm-up.\n`);
  printTable(["lang", "cases", "Verso", "ms/MB", ...PEERS.flatMap((p) => [p.name, "ms/MB"])], rows);

  const english = versoMsPerMb.get("en")!;
  const slow = [...versoMsPerMb].filter(([, t]) => t.bytes > 2 * english.bytes || t.chars > 2 * english.chars);
  const slowest = [...versoMsPerMb].sort((a, b) => b[1].chars - a[1].chars)[0];
  console.log(
    `\nEnglish: ${english.bytes.toFixed(0)} ms per MB, ${english.chars.toFixed(0)} ms per million characters. ` +
      `Slowest per character: ${slowest[0]} (${(slowest[1].chars / english.chars).toFixed(2)}x English).`,
  );
  console.log(slow.length === 0 ? "Every language is within 2x English's time per MB and per character." : `Slower than 2x English: ${slow.map(([l]) => l).join(", ")}.`);
}
