// A bilingual file's units as a document: one block per unit, one segment per block, texts joined by blank lines.
import type { CatUnit } from "@/lib/formats/cat/read-cat-file";
import type { StoredBlockSpan } from "./aligned-blocks";

const SEPARATOR = "\n\n";

/** `sourceText` is null when no unit has a source (a table or triplets of monolingual work): the document has none. */
export type CatDocumentText = { text: string; sourceText: string | null; blocks: StoredBlockSpan[] };

/** Line breaks inside a unit stay in its segment; a unit is never split into sentences, since the file's units are its segments. */
export function catBlocks(units: readonly CatUnit[]): CatDocumentText {
  const withSource = units.some((unit) => unit.source !== "");
  let text = "";
  let sourceText = "";
  const blocks: StoredBlockSpan[] = units.map((unit, index) => {
    const last = index === units.length - 1;
    const start = text.length;
    const sourceStart = sourceText.length;
    text += unit.target + (last ? "" : SEPARATOR);
    sourceText += unit.source + (last ? "" : SEPARATOR);
    const end = start + unit.target.length;
    const segment = {
      start,
      end,
      text: unit.target,
      source: withSource ? { start: sourceStart, end: sourceStart + unit.source.length, text: unit.source } : null,
      unitId: unit.key,
      inlineCodes: unit.codes && Object.keys(unit.codes).length > 0 ? unit.codes : null,
    };
    return { kind: "paragraph", start, end, separator: last ? "" : SEPARATOR, segments: [segment] };
  });
  return { text, sourceText: withSource ? sourceText : null, blocks };
}
