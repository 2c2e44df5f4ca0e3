// Datelines ("05 December 2023", "Dec. 5, 2023, 10:30 GMT"), by hand: no library tells a date line from prose.
import { en } from "./languages/en";
import type { LanguageRules } from "./types";

const MAX_LENGTH = 60;
const FILLERS = new Set(["updated", "published", "posted", "on", "at", "of", "the", "am", "pm", "a.m", "p.m", "г", "года", "в", "обновлено", "опубликовано"]);
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;

/** A short line made only of date and time words, with a day or year number and a month (or a numeric date). */
export function isDateline(line: string, rules: LanguageRules): boolean {
  if (line.length > MAX_LENGTH || !/\d/.test(line)) return false;
  const tokens = line.toLowerCase().split(/[\s,/|–—*_-]+/).map((t) => t.replace(/^\.+|\.+$/g, "")).filter(Boolean);
  let months = 0;
  let numbers = 0;
  let year = false;
  let fillers = 0;
  for (const token of tokens) {
    const parts = token.split(/[.:]/);
    if (parts.length > 1 && parts.every((p) => /^\d{1,4}$/.test(p))) {
      numbers += parts.length;
      year ||= parts.some((p) => p.length === 4);
    } else if (/^\d{1,4}$/.test(token)) {
      numbers++;
      year ||= token.length === 4;
    } else if (ORDINAL.test(token)) numbers++;
    else if (rules.months.has(token) || en.months.has(token)) months++;
    else if (rules.weekdays.has(token) || en.weekdays.has(token) || rules.timeZones.has(token) || en.timeZones.has(token)) fillers++;
    else if (FILLERS.has(token)) fillers++;
    else return false;
  }
  if (fillers > 4) return false;
  return (months > 0 && numbers > 0) || (year && numbers >= 3);
}
