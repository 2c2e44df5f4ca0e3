// Language rules chosen by a BCP 47 tag ("en", "en-GB", "ru"); English when the language is unknown.
import type { LanguageRules } from "../types";
import { en } from "./en";
import { ru } from "./ru";

const RULES: Record<string, LanguageRules> = { en, ru };

export function getLanguageRules(language = "en"): LanguageRules {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0];
  return RULES[primary] ?? en;
}

export const supportedLanguages: readonly string[] = Object.keys(RULES);
