// mt-pattern: known Russian-to-English MT calques and mistranslations, listed in data/mt-patterns-ru-en.json.
import { z } from "zod";
import data from "./data/mt-patterns-ru-en.json" with { type: "json" };
import { eachSegment, languageOf } from "./text";
import type { Check, Hit, SuggestedCategory } from "./types";

const PatternFile = z.object({
  patterns: z.array(
    z.object({
      id: z.string(),
      pattern: z.string(),
      message: z.string(),
      caseSensitive: z.boolean().optional(),
      sourceLacks: z.string().optional(),
      category: z.object({ category: z.string(), subcategory: z.string().optional() }).optional(),
    }),
  ),
});

type MtPattern = { id: string; target: RegExp; sourceLacks?: RegExp; message: string; category?: SuggestedCategory };

export function loadPatterns(file: unknown): MtPattern[] {
  return PatternFile.parse(file).patterns.map((entry) => ({
    id: entry.id,
    target: new RegExp(entry.pattern, entry.caseSensitive ? "gu" : "giu"),
    sourceLacks: entry.sourceLacks ? new RegExp(entry.sourceLacks, "iu") : undefined,
    message: entry.message,
    category: entry.category,
  }));
}

const RU_EN = loadPatterns(data);

export const mtPattern: Check = {
  id: "mt-pattern",
  severity: "warning",
  category: { category: "Style", subcategory: "Awkward" },
  run(doc) {
    const pair = `${languageOf(doc.sourceLanguage) || "ru"}-${languageOf(doc.targetLanguage)}`;
    if (pair !== "ru-en") return [];
    return eachSegment(doc, ({ source, target }) => {
      const hits: Omit<Hit, "segment">[] = [];
      for (const pattern of RU_EN) {
        if (pattern.sourceLacks && (source === undefined || pattern.sourceLacks.test(source))) continue;
        for (const m of target.matchAll(pattern.target)) {
          if (m[0].length === 0) continue;
          hits.push({ start: m.index, end: m.index + m[0].length, message: pattern.message, category: pattern.category });
        }
      }
      // Two patterns on one calque ("there took place the meeting") make one finding.
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
      return hits.filter((hit, i) => i === 0 || hit.start >= hits[i - 1].end);
    });
  },
};
