// Bilingual tables: TSV or CSV with a header naming source and target (WMT), or header-less TSV as Anthea reads it.
import { parse } from "csv-parse/sync";
import { AppError } from "@/lib/errors";

export type BilingualRow = { source: string; target: string; doc?: string; system?: string };

const NAMES: Record<string, keyof BilingualRow> = { source: "source", src: "source", target: "target", mt: "target", doc: "doc", system: "system" };

/** Header-less rows are source, target, doc, system (Anthea's order); a header names its columns in any order. */
export function parseTable(text: string, separator: "\t" | ","): BilingualRow[] {
  const kind = separator === "\t" ? "TSV" : "CSV";
  const delimiter = separator === "," && semicolonHeader(text) ? ";" : separator;
  let rows: string[][];
  let lineOf: number[];
  try {
    // Tab-separated files quote nothing: a quote in a sentence is text.
    const records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, ...(separator === "\t" ? { quote: false } : {}) }) as unknown as { record: string[]; info: { lines: number } }[];
    rows = records.map(({ record }) => record);
    // The line a record ends on: blank lines are skipped and a quoted cell may hold line breaks, so rows and lines differ.
    lineOf = records.map(({ info }) => info.lines);
  } catch (error) {
    throw new AppError("bad_input", `The file is not valid ${kind}: ${(error as Error).message}`);
  }
  if (rows.length === 0) throw new AppError("bad_input", `The ${kind} file has no rows.`);
  const header = rows[0].map((cell) => cell.trim().toLowerCase());
  const named = header.some((cell) => Object.hasOwn(NAMES, cell));
  const columns = new Map<keyof BilingualRow, number>();
  if (named) {
    header.forEach((cell, index) => {
      const field = NAMES[cell];
      if (field && !columns.has(field)) columns.set(field, index);
    });
    for (const required of ["source", "target"] as const) {
      if (!columns.has(required)) throw new AppError("bad_input", `The ${kind} file has no "${required}" column; its header must name the columns source and target (doc and system are optional).`);
    }
  } else {
    (["source", "target", "doc", "system"] as const).forEach((field, index) => columns.set(field, index));
  }
  const body = named ? rows.slice(1) : rows;
  if (body.length === 0) throw new AppError("bad_input", `The ${kind} file has a header and no rows.`);
  return body.map((row, index) => {
    const rowNumber = index + (named ? 2 : 1);
    const fileLine = lineOf[index + (named ? 1 : 0)];
    const where = `Row ${rowNumber} of the ${kind} file${fileLine === rowNumber ? "" : ` (line ${fileLine})`}`;
    const cell = (field: keyof BilingualRow) => {
      const column = columns.get(field);
      return column === undefined ? undefined : row[column];
    };
    const source = cell("source");
    const target = cell("target");
    if (source === undefined || target === undefined) {
      throw new AppError("bad_input", `${where} has ${row.length} column${row.length === 1 ? "" : "s"}; each row needs a source and a target.`);
    }
    const doc = cell("doc");
    const system = cell("system");
    return { source, target, ...(doc ? { doc } : {}), ...(system ? { system } : {}) };
  });
}

/** Excel writes CSV with semicolons where the decimal mark is a comma: a header of names between semicolons says so. */
function semicolonHeader(text: string): boolean {
  const header = text.split("\n", 1)[0];
  return !header.includes(",") && header.split(";").some((cell) => Object.hasOwn(NAMES, cell.trim().replace(/^"|"$/g, "").toLowerCase()));
}

/** JSON lines of {"src", "mt"} (the post-editing triplets' fields; "pe" is ignored); a null src is an empty one. */
export function parseJsonl(text: string): BilingualRow[] {
  const rows: BilingualRow[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new AppError("bad_input", `Line ${index + 1} is not JSON; each line must be an object such as {"src": "...", "mt": "..."}.`);
    }
    const record = value as Record<string, unknown>;
    // src is null in the triplets of a document without a source, which import back as one.
    if (typeof value !== "object" || value === null || !(typeof record.src === "string" || record.src === null) || typeof record.mt !== "string") {
      throw new AppError("bad_input", `Line ${index + 1} needs the text fields "src" (or null) and "mt".`);
    }
    rows.push({ source: record.src ?? "", target: record.mt, ...(typeof record.doc === "string" ? { doc: record.doc } : {}), ...(typeof record.system === "string" ? { system: record.system } : {}) });
  });
  if (rows.length === 0) throw new AppError("bad_input", "The JSON lines file has no lines.");
  return rows;
}
