// Builds a language's sentence rules from word lists: every list is lowercase words without their final dot.
import type { LanguageRules } from "../types";

export const words = (list = ""): ReadonlySet<string> => new Set(list.trim().split(/\s+/).filter(Boolean));

/** "N°. 1026" in any language. */
const NUMBER_SIGNS = "n° nº";

export type LanguageLists = {
  code: string;
  abbreviations?: string;
  /** Titles before a name ("Dr.", "Skt."): a capitalised word after them never starts a sentence. */
  titles?: string;
  nonBreaking?: string;
  numberAbbreviations?: string;
  timeAbbreviations?: string;
  timeZones?: string;
  sentenceStarters?: string;
  speechVerbs?: string;
  months?: string;
  weekdays?: string;
  ordinalDot?: boolean;
  extraEnds?: string;
  keepsQuotations?: boolean;
  capitalizesNouns?: boolean;
  periodEnds?: boolean;
  abbreviationSuffixes?: string;
};

export function defineLanguage(lists: LanguageLists): LanguageRules {
  return {
    code: lists.code,
    abbreviations: words(`${lists.abbreviations ?? ""} ${lists.titles ?? ""}`),
    titles: words(lists.titles),
    nonBreaking: words(lists.nonBreaking),
    numberAbbreviations: words(`${NUMBER_SIGNS} ${lists.numberAbbreviations ?? ""}`),
    timeAbbreviations: words(lists.timeAbbreviations),
    timeZones: words(lists.timeZones),
    sentenceStarters: words(lists.sentenceStarters),
    speechVerbs: words(lists.speechVerbs),
    months: words(lists.months),
    weekdays: words(lists.weekdays),
    ordinalDot: lists.ordinalDot ?? false,
    extraEnds: lists.extraEnds ?? "",
    keepsQuotations: lists.keepsQuotations ?? true,
    capitalizesNouns: lists.capitalizesNouns ?? false,
    periodEnds: lists.periodEnds ?? true,
    abbreviationSuffixes: [...words(lists.abbreviationSuffixes)],
  };
}
