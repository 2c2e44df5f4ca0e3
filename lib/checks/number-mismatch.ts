// number-mismatch: numbers, dates, times and percentages of the source that the MT drops or changes.
import { findMentions, type Mention } from "./number-mentions";
import { eachSegment, languageOf } from "./text";
import type { Check } from "./types";

export const numberMismatch: Check = {
  id: "number-mismatch",
  severity: "error",
  category: { category: "Accuracy", subcategory: "Mistranslation" },
  run(doc) {
    const sourceLanguage = languageOf(doc.sourceLanguage) || "ru";
    const targetLanguage = languageOf(doc.targetLanguage);
    return eachSegment(doc, ({ source, target }) => {
      if (source === undefined) return [];
      const targetMentions = findMentions(target, targetLanguage);
      const left = unmatched(findMentions(source, sourceLanguage), targetMentions);
      const hits: { start: number; end: number; message: string }[] = [];
      for (const mention of left.target.filter((m) => m.strong)) {
        const counterparts = left.source.filter((m) => m.kind === mention.kind);
        if (counterparts.length > 0) {
          hits.push({ ...mention, message: `"${mention.text}" does not match the source's ${quoted(counterparts)}.` });
        } else if (left.source.length === 0 && !mention.words) {
          hits.push({ ...mention, message: `"${mention.text}" is not in the source.` });
        }
      }
      // The value may be right, the writing is not: "2,3%" in English reads as a list or as 23.
      if (targetLanguage === "en") {
        for (const mention of targetMentions.filter((m) => m.decimalComma && !hits.some((hit) => hit.start === m.start))) {
          const digits = mention.text.match(/\d+,\d+/)![0];
          const start = mention.start + mention.text.indexOf(digits);
          hits.push({ start, end: start + digits.length, message: `"${digits}" has a decimal comma: English writes "${digits.replace(",", ".")}".` });
        }
        hits.sort((a, b) => a.start - b.start);
      }
      const dropped = left.source.filter((m) => m.strong && m.kind === "number");
      if (hits.length === 0 && dropped.length > 0 && left.target.length === 0) {
        hits.push({ start: 0, end: target.length, message: `The source's ${quoted(dropped)} is missing from the MT.` });
      }
      return hits;
    });
  },
};

function unmatched(source: Mention[], target: Mention[]) {
  const open = [...source];
  const extra: Mention[] = [];
  // Strong target mentions pick their counterpart first, so a lone "one" cannot steal a "1" from "1 million".
  const ordered = [...target].sort((a, b) => Number(b.strong) - Number(a.strong) || a.start - b.start);
  // A scaled number pairs with a scaled one first, so "2 million" keeps "2 млн" from a date's "2".
  const scaledAlike = (a: Mention, b: Mention) => same(a, b) && (a.scaled === undefined) === (b.scaled === undefined);
  const left: Mention[] = [];
  for (const pairs of [scaledAlike, same]) {
    for (const mention of pairs === same ? left.splice(0) : ordered) {
      const index = open.findIndex((m) => pairs(m, mention));
      if (index !== -1) open.splice(index, 1);
      else if (pairs === same) extra.push(mention);
      else left.push(mention);
    }
  }
  return { source: open, target: extra.sort((a, b) => a.start - b.start) };
}

/**
 * Equal values; "1,2 млрд" and "1.2 million" both carry a scale, so only their full values may meet. Basis points
 * meet percentage points (or percent) a hundredth of their number: "0,25 п.п." is "25 basis points". A bare number
 * ("на 15 пунктов") may be either.
 */
function same(a: Mention, b: Mention): boolean {
  if (a.kind !== b.kind) return false;
  const equal = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  if (a.scaled !== undefined && b.scaled !== undefined) return equal(a.scaled, b.scaled);
  const meet = (xs: number[], ys: number[]) => xs.some((v) => ys.some((w) => equal(v, w)));
  if ((a.unit === "basis-points") === (b.unit === "basis-points")) return meet(a.values, b.values);
  const [points, other] = a.unit === "basis-points" ? [a, b] : [b, a];
  return meet(points.values.map((v) => v / 100), other.values) || (other.unit === undefined && meet(points.values, other.values));
}

function quoted(mentions: Mention[]): string {
  return mentions.map((m) => `"${m.text}"`).join(", ");
}
