// The pure core of `verso score FILE`: per-segment HTER and chrF of JSON lines, then corpus scores as sacrebleu sums them.
import { chrfFromStats, chrfStats, sumChrfStats } from "./chrf";
import { sumTerStats, terFromStats, terStats } from "./ter";

type Pair = { mt: string; pe: string };

/**
 * Each non-empty line is {"mt": "...", "pe": "..."}; each output line is
 * {"hter": x, "chrf": y}, then {"corpus": {"hter": x, "chrf": y}}. Scores are ×100,
 * rounded to 2 decimals. Line numbers in errors count every line, empty ones too.
 */
export function scoreLines(input: string): { lines: string[] } | { error: string } {
  const pairs: Pair[] = [];
  const lines = input.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const parsed = parsePair(line);
    if (typeof parsed === "string") return { error: `line ${index + 1}: ${parsed}` };
    pairs.push(parsed);
  }
  if (pairs.length === 0) return { error: 'no segments: expected one JSON object {"mt": "...", "pe": "..."} per line' };

  const terStatsList = pairs.map(({ mt, pe }) => terStats(mt, pe));
  const chrfStatsList = pairs.map(({ mt, pe }) => chrfStats(mt, pe));
  const output = pairs.map((_, i) =>
    JSON.stringify({ hter: round2(terFromStats(terStatsList[i])), chrf: round2(chrfFromStats(chrfStatsList[i])) }),
  );
  const corpus = {
    hter: round2(terFromStats(sumTerStats(terStatsList))),
    chrf: round2(chrfFromStats(sumChrfStats(chrfStatsList))),
  };
  return { lines: [...output, JSON.stringify({ corpus })] };
}

/** The pair, or why the line is not one. */
function parsePair(line: string): Pair | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `expected a JSON object with "mt" and "pe", got ${describe(value)}`;
  }
  const record = value as Record<string, unknown>;
  for (const field of ["mt", "pe"]) {
    if (!(field in record)) return `"${field}" is missing`;
    if (typeof record[field] !== "string") return `"${field}" must be a string, got ${describe(record[field])}`;
  }
  return { mt: record.mt as string, pe: record.pe as string };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

function round2(score: number): number {
  return Math.round(score * 100) / 100;
}
