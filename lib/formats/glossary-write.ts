// Writes a glossary as CSV (the columns parseGlossaryCsv reads; cells guarded against spreadsheet formulas) or TBX-Basic.
import xmlbuilder from "xmlbuilder";
import type { GlossaryEntry } from "@/lib/checks/types";
import { csvCell } from "./csv-cell";
import { xmlSafe } from "./xml-safe";

export type GlossaryFile = { name: string; sourceLanguage: string; targetLanguage: string; entries: GlossaryEntry[] };

const CSV_HEADER = ["source", "preferred", "forbidden", "note"];

/** One row per term; forbidden targets joined with " | ", the separator the reader splits on. */
export function glossaryCsv(entries: GlossaryEntry[]): string {
  const rows = [CSV_HEADER, ...entries.map((e) => [e.source, e.preferred, e.forbidden.join(" | "), e.note ?? ""])];
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/**
 * TBX-Basic (TBX 2, the `martif` dialect every CAT tool reads): one termEntry per term, the preferred target marked
 * preferredTerm-admn-sts and each forbidden one deprecatedTerm-admn-sts, the note as the entry's note. No DOCTYPE.
 */
export function glossaryTbx(file: GlossaryFile): string {
  const root = xmlbuilder.create("martif", { version: "1.0", encoding: "UTF-8" }).att("type", "TBX-Basic").att("xml:lang", file.targetLanguage);
  const header = root.ele("martifHeader");
  header.ele("fileDesc").ele("sourceDesc").ele("p", xmlSafe(`${file.name} (exported by Verso)`));
  header.ele("encodingDesc").ele("p", { type: "XCSURI" }, "TBXBasicXCSV02.xcs");
  const body = root.ele("text").ele("body");
  file.entries.forEach((entry, index) => {
    const termEntry = body.ele("termEntry", { id: `t${index + 1}` });
    if (entry.note) termEntry.ele("note", xmlSafe(entry.note));
    termEntry.ele("langSet", { "xml:lang": file.sourceLanguage }).ele("tig").ele("term", xmlSafe(entry.source));
    const target = termEntry.ele("langSet", { "xml:lang": file.targetLanguage });
    const tig = (text: string, status: string) => {
      const t = target.ele("tig");
      t.ele("term", xmlSafe(text));
      t.ele("termNote", { type: "administrativeStatus" }, status);
    };
    tig(entry.preferred, "preferredTerm-admn-sts");
    for (const forbidden of entry.forbidden) tig(forbidden, "deprecatedTerm-admn-sts");
  });
  return root.end({ pretty: true }) + "\n";
}
