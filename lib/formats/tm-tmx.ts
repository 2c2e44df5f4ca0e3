import { tmxDate, tmxRoot } from "./tmx";
import { xmlSafe } from "./xml-safe";

export type TmExportEntry = {
  id: number;
  tuid: string | null;
  sourceLanguage: string;
  targetLanguage: string;
  sourceText: string;
  targetText: string;
  documentId: number | null;
  createdAt: Date;
  changedAt: Date;
};

/**
 * The translation memory as TMX 1.4, in the document export's style (lib/formats/tmx.ts): one unit per entry with its
 * dates, `tuid` the imported unit's own id or `tm<entry id>`, the document it came from as a prop. A memory of several
 * source languages says `srclang="*all*"`, as TMX allows.
 */
export function tmTmx(entries: readonly TmExportEntry[], exportedAt = new Date()): string {
  const sources = new Set(entries.map((entry) => entry.sourceLanguage));
  const { root, body } = tmxRoot(sources.size === 1 ? [...sources][0] : "*all*", exportedAt);
  for (const entry of entries) {
    const tu = body.ele("tu", { tuid: xmlSafe(entry.tuid ?? `tm${entry.id}`), creationdate: tmxDate(entry.createdAt), changedate: tmxDate(entry.changedAt) });
    if (entry.documentId !== null) tu.ele("prop", { type: "x-verso-document" }, String(entry.documentId));
    tu.ele("tuv", { "xml:lang": entry.sourceLanguage }).ele("seg", xmlSafe(entry.sourceText));
    tu.ele("tuv", { "xml:lang": entry.targetLanguage }).ele("seg", xmlSafe(entry.targetText));
  }
  return root.end({ pretty: true, indent: "  ", newline: "\n" }) + "\n";
}
