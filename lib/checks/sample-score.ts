// Scores findings against a checks sample (../shared/bench/checks/*.json): planted problems found, findings on clean sentences.
import { parseGlossaryCsv } from "@/lib/formats/glossary-read";
import { spellingKey } from "./transliteration";
import type { CheckDocument, Finding } from "./types";

export type ChecksSample = {
  source: string[];
  mt: string[];
  expected: { segment: number; check: string; text: string }[];
  glossary_csv?: string;
};

export type CheckScore = { planted: number; found: number; truePositives: number; falsePositives: number; elsewhere: number };

export function sampleDocument(sample: ChecksSample): CheckDocument {
  return {
    segments: sample.mt.map((target, i) => ({ source: sample.source[i], target, block: i })),
    sourceLanguage: "ru",
    targetLanguage: "en",
    glossary: sample.glossary_csv ? parseGlossaryCsv(sample.glossary_csv) : undefined,
  };
}

/**
 * A finding meets a planted problem with the same check (id prefix: "unbalanced" meets "unbalanced-quotes") and text
 * on its segment; a name-inconsistency may sit on any segment that spells the name, as the sample's note allows.
 */
export function meets(sample: ChecksSample, finding: Finding, expected: ChecksSample["expected"][number]): boolean {
  if (expected.check === "name-inconsistency") {
    return finding.check === expected.check && spellingKey(finding.text) === spellingKey(expected.text) && spelledIn(sample, expected.text).includes(finding.segment);
  }
  return finding.check.startsWith(expected.check) && finding.text === expected.text && finding.segment === expected.segment;
}

/** Per check id: planted problems and those found, findings meeting one, findings on clean segments, others. */
export function scoreSample(sample: ChecksSample, findings: Finding[]) {
  const planted = new Set(sample.expected.flatMap((e) => (e.check === "name-inconsistency" ? spelledIn(sample, e.text) : [e.segment])));
  const scores = new Map<string, CheckScore>();
  const score = (id: string) => {
    if (!scores.has(id)) scores.set(id, { planted: 0, found: 0, truePositives: 0, falsePositives: 0, elsewhere: 0 });
    return scores.get(id)!;
  };
  const missed = sample.expected.filter((expected) => {
    const entry = score(findings.find((f) => meets(sample, f, expected))?.check ?? expected.check);
    entry.planted++;
    const found = findings.some((f) => meets(sample, f, expected));
    if (found) entry.found++;
    return !found;
  });
  const stray: Finding[] = [];
  for (const finding of findings) {
    const entry = score(finding.check);
    if (sample.expected.some((e) => meets(sample, finding, e))) entry.truePositives++;
    else if (planted.has(finding.segment)) entry.elsewhere++;
    else {
      entry.falsePositives++;
      stray.push(finding);
    }
  }
  return { scores, missed, stray };
}

/** The segments (1-based) whose MT spells a name like `name`, in any romanisation. */
function spelledIn(sample: ChecksSample, name: string): number[] {
  return sample.mt.flatMap((mt, i) => (mt.split(/[^\p{L}]+/u).some((word) => word && spellingKey(word) === spellingKey(name)) ? [i + 1] : []));
}
