// name-inconsistency: one name spelled two ways in a document, found by spelling key in the MT and, with a
// source, by the source name each spelling translates.
import { distance } from "fastest-levenshtein";
import { stemmerFor } from "./stemmers";
import { sameStem } from "./term-match";
import { languageOf } from "./text";
import { romanise, spellingKey } from "./transliteration";
import type { Check, CheckDocument, Hit } from "./types";

/** `sure`: inside a sentence or followed by another capitalised word, so a name rather than a sentence's first word. */
type Occurrence = { segment: number; start: number; end: number; spelling: string; sure: boolean };

const CAPITALISED = /(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=(?:['’]s)?(?![\p{L}\p{M}]))/gu;
const SENTENCE_START = /(?:^|[.!?:]\s+|^[\s"'«“„(\-–—]+|[.!?:]\s+["'«“„(\-–—]+\s*)$/u;

export const nameInconsistency: Check = {
  id: "name-inconsistency",
  severity: "warning",
  category: { category: "Fluency", subcategory: "Inconsistency" },
  run(doc) {
    const names = doc.segments.map((segment, index) => namesOf(segment.target, index));
    const groups = new Map<string, Occurrence[]>();
    for (const name of names.flat()) {
      const key = spellingKey(name.spelling);
      if (key.length >= 3) addTo(groups, key, name);
    }
    for (const [sourceName, occurrences] of bySourceName(doc, names)) groups.set(`source:${sourceName}`, occurrences);
    const reported = new Set<string>();
    const hits: Hit[] = [];
    for (const occurrences of [...groups.values()].flatMap(byPerson)) {
      for (const hit of minorityHits(occurrences)) {
        const id = `${hit.segment}:${hit.start}`;
        if (!reported.has(id)) hits.push(hit);
        reported.add(id);
      }
    }
    return hits.sort((a, b) => a.segment - b.segment || a.start - b.start);
  },
};

/** Capitalised words, each marked sure when it cannot be just the first word of a sentence. */
function namesOf(text: string, segment: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const end = m.index + m[0].length;
    const sure = !SENTENCE_START.test(text.slice(Math.max(0, m.index - 6), m.index)) || /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end));
    found.push({ segment, start: m.index, end, spelling: m[0], sure });
  }
  return found;
}

/** Every spelling but the most frequent (the first seen, on a tie) of a group with several spellings. */
function minorityHits(occurrences: Occurrence[]): Hit[] {
  // "Later" and "Latter" opening two sentences are not a name; one sure occurrence makes the group names.
  if (!occurrences.some((o) => o.sure)) return [];
  const counts = new Map<string, number>();
  for (const { spelling } of occurrences) counts.set(spelling.toLowerCase(), (counts.get(spelling.toLowerCase()) ?? 0) + 1);
  if (counts.size < 2) return [];
  const spellings = [...counts.keys()];
  // Different words, not spellings of one: too far apart for a romanisation variant.
  if (spellings.some((a) => spellings.some((b) => distance(a, b) > Math.max(2, Math.floor(a.length / 3))))) return [];
  const main = spellings.reduce((best, spelling) => (counts.get(spelling)! > counts.get(best)! ? spelling : best));
  const mainSpelling = occurrences.find((o) => o.spelling.toLowerCase() === main)!.spelling;
  return occurrences
    .filter((o) => o.spelling.toLowerCase() !== main)
    .map((o) => ({ segment: o.segment, start: o.start, end: o.end, message: `"${o.spelling}" is spelled "${mainSpelling}" elsewhere in the document.` }));
}

/** Target names grouped by the source name (its stem) they romanise, in segments with a source. */
function bySourceName(doc: CheckDocument, names: Occurrence[][]): Map<string, Occurrence[]> {
  const groups = new Map<string, Occurrence[]>();
  const stem = stemmerFor(languageOf(doc.sourceLanguage) || "ru");
  doc.segments.forEach((segment, index) => {
    if (segment.source === undefined || !/\p{Script=Cyrillic}/u.test(segment.source)) return;
    const targetNames = names[index];
    for (const m of segment.source.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}{2,}/gu)) {
      const sourceStem = stem(m[0]);
      const key = spellingKey(romanise(sourceStem));
      const match = targetNames.find((name) => {
        const nameKey = spellingKey(name.spelling);
        return nameKey[0] === key[0] && distance(nameKey.slice(0, key.length + 1), key) <= Math.max(1, Math.floor(key.length / 4));
      });
      // A word that romanises the source's capitalised word is a name, even as the sentence's first word. The stemmer
      // cuts a name's forms apart ("Харьков": харьк, "Харькове": харьков), so a group takes its name's other stems.
      const group = [...groups.keys()].find((known) => sameStem(known, sourceStem)) ?? sourceStem;
      if (match) addTo(groups, group, { ...match, sure: true });
    }
  });
  return groups;
}

/**
 * A woman's form of a surname (Zakharova, Navalnaya) names another person than the man's (Zakharov, Navalny), and a
 * surname another than the first name it comes from (Ivanov, Ivan), though the stemmer gives their source words one stem.
 */
function byPerson(occurrences: Occurrence[]): Occurrence[][] {
  const keys = new Set(occurrences.map((o) => spellingKey(o.spelling)));
  const derived = (key: string) =>
    [...keys].some((base) => (/[vn]$/.test(base) && key === `${base}a`) || (/(?:ii|oi|i)$/.test(base) && key === base.replace(/(?:ii|oi|i)$/, "aia")) || /^(?:ov|ev|in)a?$/.test(key.slice(base.length)) && key.startsWith(base));
  const people = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const key = spellingKey(occurrence.spelling);
    addTo(people, derived(key) ? key : "", occurrence);
  }
  return [...people.values()];
}

function addTo(groups: Map<string, Occurrence[]>, key: string, occurrence: Occurrence) {
  const group = groups.get(key);
  if (group) group.push(occurrence);
  else groups.set(key, [occurrence]);
}

