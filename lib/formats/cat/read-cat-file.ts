// One reader for the bilingual files CAT and MT-evaluation tools exchange: XLIFF, TMX, TSV/CSV and JSON lines.
import { AppError } from "@/lib/errors";
import type { ImportFormat } from "../detect-format";
import { localName, parseXmlSafely } from "../safe-xml";
import { parseTmx } from "../tmx-parse";
import type { InlineCodes } from "./placeholders";
import { parseJsonl, parseTable, type BilingualRow } from "./table-parse";
import { parseXliff, type ReadOnlyPart } from "./xliff-parse";

export type CatFormat = "xliff-1.2" | "xliff-2.0" | "tmx" | "tsv" | "csv" | "jsonl";
/** One editable unit: key is the file's id for it (XLIFF unit, TMX tuid), codes its placeholders. */
export type CatUnit = { key: string | null; source: string; target: string; codes: InlineCodes | null };
/** What the file holds beside its units, kept and shown read-only. */
export type CatExtras = { skeleton: string | null; notes: Record<string, string[]>; readOnly: ReadOnlyPart[] };
export type CatFile = { format: CatFormat; sourceLanguage: string | null; targetLanguage: string | null; provenance: string | null; units: CatUnit[]; extras: CatExtras | null };

export function readCatFile(text: string, format: ImportFormat): CatFile {
  switch (format) {
    case "xliff": {
      const xliff = parseXliff(text);
      const notes = Object.fromEntries(xliff.units.filter((unit) => unit.notes.length > 0).map((unit) => [unit.key, unit.notes]));
      return {
        format: xliff.version === "1.2" ? "xliff-1.2" : "xliff-2.0",
        sourceLanguage: xliff.sourceLanguage,
        targetLanguage: xliff.targetLanguage,
        provenance: null,
        units: xliff.units.map(({ key, source, target, codes }) => ({ key, source, target, codes })),
        extras: { skeleton: xliff.skeleton, notes, readOnly: xliff.readOnly },
      };
    }
    case "tmx": {
      const tmx = parseTmx(text);
      const units = tmx.units.map(({ id, source, target }) => ({ key: id ?? null, source, target, codes: null }));
      // Verso's own export tags its MT "en-x-mt" (tmx.ts mtLanguage): the document's target language is still "en".
      const targetLanguage = tmx.targetLang.replace(/-x-mt$/i, "");
      return { format: "tmx", sourceLanguage: tmx.sourceLang, targetLanguage, provenance: null, units, extras: null };
    }
    case "xml": {
      const root = parseXmlSafely(text);
      throw new AppError("bad_input", `This XML file is neither XLIFF nor TMX (its root element is <${localName(root)}>).`);
    }
    case "tsv":
    case "csv":
    case "jsonl":
      return fromRows(format, format === "jsonl" ? parseJsonl(text) : parseTable(text, format === "tsv" ? "\t" : ","));
    default:
      throw new Error(`${format} is not a bilingual file format.`);
  }
}

function fromRows(format: CatFormat, rows: BilingualRow[]): CatFile {
  const systems = new Set(rows.map((row) => row.system).filter(Boolean));
  const provenance = systems.size === 1 ? [...systems][0]! : null;
  return { format, sourceLanguage: null, targetLanguage: null, provenance, units: rows.map(({ source, target }) => ({ key: null, source, target, codes: null })), extras: null };
}
