// Reads a glossary from CSV (source term, preferred target, forbidden targets separated by | or ;, note) or TBX-Basic.
import { parse } from "csv-parse/sync";
import { SaxesParser } from "saxes";
import { AppError } from "@/lib/errors";
import { languageOf } from "@/lib/checks/text";
import { unguardedCell } from "./csv-cell";
import { decodeText } from "./text-input";
import type { GlossaryEntry } from "@/lib/checks/types";

export const MAX_GLOSSARY_ENTRIES = 50_000;
const COLUMN_NAMES = {
  source: /^(source|term|source term|src)$/i,
  preferred: /^(preferred|preferred target|target|translation|tgt)$/i,
  forbidden: /^(forbidden|forbidden targets?|do not use)$/i,
  note: /^(notes?|comments?)$/i,
} as const;
type Columns = Record<keyof typeof COLUMN_NAMES, number>;
const IN_ORDER: Columns = { source: 0, preferred: 1, forbidden: 2, note: 3 };
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** A known language tag ("ru", "en-GB"), as a header's column for the terms of that language. */
function isLanguage(cell: string): boolean {
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(cell)) return false;
  try {
    return languageNames.of(cell) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The columns a first row names, in any order ("preferred,source"), or its two languages' ("ru,en": source, then
 * preferred); null when the first row is a term. A row starting "source" keeps the usual order for unnamed columns.
 */
function headerColumns(row: string[]): Columns | null {
  const named: Partial<Columns> = {};
  row.forEach((cell, i) => {
    for (const [key, pattern] of Object.entries(COLUMN_NAMES) as [keyof Columns, RegExp][]) if (named[key] === undefined && pattern.test(cell)) named[key] = i;
  });
  if (named.source !== undefined && named.preferred !== undefined) return { source: named.source, preferred: named.preferred, forbidden: named.forbidden ?? -1, note: named.note ?? -1 };
  if (named.source === 0) return IN_ORDER;
  if (row.length >= 2 && isLanguage(row[0]) && isLanguage(row[1]) && row[0].toLowerCase() !== row[1].toLowerCase()) return IN_ORDER;
  return null;
}

export function parseGlossaryCsv(text: string): GlossaryEntry[] {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new AppError("bad_input", `The glossary is not valid CSV: ${(error as Error).message}`);
  }
  const header = rows.length > 0 ? headerColumns(rows[0]) : null;
  const columns = header ?? IN_ORDER;
  const cell = (row: string[], index: number) => (index < 0 ? "" : unguardedCell(row[index] ?? ""));
  const entries = rows.slice(header ? 1 : 0).map((row, i) => {
    const [source, preferred, forbidden, note] = [columns.source, columns.preferred, columns.forbidden, columns.note].map((index) => cell(row, index));
    if (!source || !preferred) throw new AppError("bad_input", `Glossary row ${i + (header ? 2 : 1)} needs a source term and a preferred target.`);
    return entry(source, preferred, forbidden.split(/[|;]/), note);
  });
  return checked(entries);
}

/** TBX-Basic or core structure (TBX 2 `termEntry`/`langSet`/`tig`|`ntig` or TBX 3 `conceptEntry`/`langSec`/`termSec`, DCA or DCT style); a DOCTYPE is refused, so no DTD or entity is ever read. */
export function parseGlossaryTbx(xml: string, sourceLanguage: string, targetLanguage: string): GlossaryEntry[] {
  type Term = { text: string; status: string };
  const entries: GlossaryEntry[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let terms: Map<string, Term[]> = new Map();
  let notes: string[] = [];
  let language = "";
  let term: Term | undefined;
  let text = "";
  let collecting: "term" | "status" | "note" | undefined;
  const languages = new Set<string>();

  parser.on("doctype", () => {
    throw new AppError("bad_input", "The TBX file declares a DOCTYPE; DTDs are not read. Remove the DOCTYPE line.");
  });
  parser.on("opentag", (tag) => {
    const name = tag.name.replace(/^.*:/, "");
    if (name === "termEntry" || name === "conceptEntry") {
      terms = new Map();
      notes = [];
    } else if (name === "langSet" || name === "langSec") {
      language = languageOf(String(tag.attributes["xml:lang"] ?? ""));
    } else if (name === "tig" || name === "ntig" || name === "termSec") {
      term = { text: "", status: "" };
    } else if (name === "term" || isStatus(name, tag.attributes.type) || name === "note" || name === "descrip") {
      collecting = name === "term" ? "term" : name === "note" || name === "descrip" ? "note" : "status";
      text = "";
    }
  });
  parser.on("text", (chunk) => {
    if (collecting) text += chunk;
  });
  parser.on("closetag", (tag) => {
    const name = tag.name.replace(/^.*:/, "");
    if (collecting && (name === "term" || name === "termNote" || name === "administrativeStatus" || name === "note" || name === "descrip")) {
      if (collecting === "term" && term) term.text = text.trim();
      else if (collecting === "status" && term) term.status = text.trim();
      else if (collecting === "note" && text.trim()) notes.push(text.trim());
      collecting = undefined;
    } else if ((name === "tig" || name === "ntig" || name === "termSec") && term) {
      if (term.text) {
        terms.set(language, [...(terms.get(language) ?? []), term]);
        languages.add(language);
      }
      term = undefined;
    } else if (name === "termEntry" || name === "conceptEntry") {
      const forbidden = (t: Term) => /deprecated|superseded|forbidden/i.test(t.status);
      const targets = terms.get(targetLanguage) ?? [];
      const preferred = targets.find((t) => /preferred/i.test(t.status)) ?? targets.find((t) => !forbidden(t));
      if (!preferred) return;
      for (const source of (terms.get(sourceLanguage) ?? []).filter((t) => !forbidden(t))) {
        entries.push(entry(source.text, preferred.text, targets.filter(forbidden).map((t) => t.text), notes.join(" ")));
      }
    }
  });
  try {
    parser.write(xml.replace(/^\uFEFF/, "")).close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("bad_input", `The TBX file is not well-formed XML: ${(error as Error).message}`);
  }
  if (entries.length === 0 && languages.size > 0) {
    throw new AppError("bad_input", `The TBX file has no ${sourceLanguage} → ${targetLanguage} term pair, as this glossary needs; its terms are in ${[...languages].sort().join(", ")}.`);
  }
  return checked(entries);
}

/** TBX 2/3 core structure `<termNote type="administrativeStatus">`, or TBX 3 DCT style `<basic:administrativeStatus>`. */
function isStatus(name: string, type: unknown): boolean {
  return (name === "termNote" && type === "administrativeStatus") || name === "administrativeStatus";
}

function entry(source: string, preferred: string, forbidden: string[], note: string): GlossaryEntry {
  return { source: source.trim(), preferred: preferred.trim(), forbidden: forbidden.map((f) => f.trim()).filter(Boolean), ...(note.trim() ? { note: note.trim() } : {}) };
}

function checked(entries: GlossaryEntry[]): GlossaryEntry[] {
  if (entries.length === 0) throw new AppError("bad_input", "The glossary has no terms.");
  if (entries.length > MAX_GLOSSARY_ENTRIES) throw new AppError("too_large", `The glossary has ${entries.length} terms; at most ${MAX_GLOSSARY_ENTRIES} are read.`);
  return entries;
}

/** An uploaded glossary: its name says CSV or TBX; too large, not UTF-8, empty or malformed is one AppError. */
export function readGlossaryFile(bytes: Uint8Array, fileName: string, sourceLanguage: string, targetLanguage: string): GlossaryEntry[] {
  const kind = /\.csv$/i.test(fileName) ? "csv" : /\.(tbx|xml)$/i.test(fileName) ? "tbx" : undefined;
  if (!kind) throw new AppError("bad_input", `"${fileName}" is not a glossary: choose a .csv or .tbx file.`);
  const { text } = decodeText(bytes);
  return kind === "csv" ? parseGlossaryCsv(text) : parseGlossaryTbx(text, languageOf(sourceLanguage), languageOf(targetLanguage));
}
