// Language rules chosen by a BCP 47 tag ("en", "en-GB", "pt-BR" by its primary subtag); English when unknown.
import type { LanguageRules } from "../types";
import { bg } from "./bg";
import { da } from "./da";
import { de } from "./de";
import { el } from "./el";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { hy } from "./hy";
import { it } from "./it";
import { kk } from "./kk";
import { nl } from "./nl";
import { pl } from "./pl";
import { pt } from "./pt";
import { ru } from "./ru";
import { am, fa, hi, ja, mr, my, ur, zh } from "./scripts";
import { sk } from "./sk";

const RULES: Record<string, LanguageRules> = { am, bg, da, de, el, en, es, fa, fr, hi, hy, it, ja, kk, mr, my, nl, pl, pt, ru, sk, ur, zh };

/** "pt-BR" -> "pt", " EN_us " -> "en". */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

export function getLanguageRules(language = "en"): LanguageRules {
  return RULES[primaryLanguage(language)] ?? en;
}

/** Whether `tag`'s primary subtag has its own rules (the CLI refuses others rather than guess). */
export function hasLanguageRules(tag: string): boolean {
  return Object.hasOwn(RULES, primaryLanguage(tag));
}

export const supportedLanguages: readonly string[] = Object.keys(RULES);
