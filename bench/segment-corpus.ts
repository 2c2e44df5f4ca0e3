// Benchmark corpus for bench/segment.ts: the seed article's paragraphs plus generated news-like text.
import { readFileSync } from "node:fs";

const seed = readFileSync(new URL("../prisma/seed-article.txt", import.meta.url), "utf8");
const seedBody = seed.split("\n\n").slice(3, -1).join("\n\n") + "\n\n";

/** A small deterministic PRNG (mulberry32), so every run times the same text. */
function random(seedValue: number): () => number {
  let state = seedValue;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ["Lavrov", "Blinken", "J. V. Stalin", "Sergei Ryabkov", "Jen Psaki", "George W. Bush", "Maria Zakharova"];
const TITLES = ["Mr.", "Mrs.", "Dr.", "Gen.", "Gov.", "Prof.", "Sen."];
const CITIES = ["Geneva", "Brussels", "Moscow", "Kiev", "St. Petersburg", "Washington"];
const MONTHS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const TEMPLATES: Array<(pick: <T>(list: T[]) => T, n: () => number) => string> = [
  (pick, n) => `${pick(TITLES)} ${pick(NAMES)} met ${pick(TITLES)} ${pick(NAMES)} in ${pick(CITIES)} on ${pick(MONTHS)} ${n() % 28 + 1}.`,
  (pick, n) => `The ministry expects growth of ${n() % 10}.${n() % 10}% in ${2000 + (n() % 25)}, e.g. in ${pick(CITIES)}.`,
  (pick) => `"We do not intend to attack anyone," ${pick(NAMES)} said.`,
  (pick) => `"We are ready to talk", - ${pick(NAMES)} told.`,
  (_, n) => `The talks began at ${n() % 12 + 1} a.m. and ended at ${n() % 12 + 1} p.m. local time.`,
  (_, n) => `The U.S. Secretary of State and the E.U. Commission met (see p. ${n() % 300}) in No. ${n() % 20} Downing St.`,
  (_, n) => `Shares of Smith & Co. fell ${n() % 30}% to $${n() % 100}.${n() % 90 + 10} in the U.K. market.`,
  (pick) => `${pick(NAMES)} paused... Then the meeting went on.`,
  () => "Really?! Nobody expected that.",
  (pick) => `He moved to the U.K. He now lives in ${pick(CITIES)}.`,
];

/** News-like paragraphs with abbreviations, numbers and quotations, about `length` characters. */
export function generateNewsText(length: number, seedValue = 42): string {
  const next = random(seedValue);
  const n = () => Math.floor(next() * 1000);
  const pick = <T,>(list: T[]): T => list[Math.floor(next() * list.length)];
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const sentences = Array.from({ length: 3 + (n() % 5) }, () => pick(TEMPLATES)(pick, n));
    const paragraph = (n() % 8 === 0 ? `Position of ${pick(CITIES)}\n\n` : "") + sentences.join(" ") + "\n\n";
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join("").slice(0, length);
}

/** Half the seed article's paragraphs repeated, half generated text. */
export function benchCorpus(length: number): string {
  const half = Math.floor(length / 2);
  return seedBody.repeat(Math.ceil(half / seedBody.length)).slice(0, half) + generateNewsText(length - half);
}
