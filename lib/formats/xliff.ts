import js2xliff, { type XliffUnit } from "xliff/js2xliff";
import { countUnapproved, documentSegments, finalText } from "./final-text";
import type { ExportDocument, ExportOptions, ExportSegment, SegmentStatus } from "./types";
import { xmlSafe } from "./xml-safe";

const STATES: Record<SegmentStatus, string> = { new: "initial", proposed: "translated", rejected: "translated", approved: "final" };
const NO_SOURCE_NOTE = "No source text is known for this segment; the source element holds the MT.";

/** XLIFF 2.0: one unit per segment, the source sentence (or the MT) as source, the final text as target, with segment states. */
export function xliff(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): string {
  const segments = documentSegments(doc);
  const units: Record<string, XliffUnit> = {};
  // Keyed by segment id, which never changes or repeats; the units are written in document order all the same.
  for (const segment of segments) units[`s${segment.id}`] = toUnit(segment, finalText(segment, fill));

  const xml = js2xliff(
    {
      sourceLanguage: doc.sourceLanguage,
      targetLanguage: doc.targetLanguage,
      headerExtras: [{ type: "comment", comment: headerComment(doc, segments.length, fill) }],
      resources: { [`doc${doc.id}`]: units },
    },
    { indent: "  " },
    () => {},
  );
  // js2xliff cannot write attributes on <segment> or <note>; every literal "<segment>" and "<note>" in its
  // output is a start tag (text is escaped), in unit order, so they can be completed one by one.
  const withStates = completeTags(xml, "segment", segments.map((s) => `state="${STATES[s.status]}" subState="verso:${s.status}"`));
  const withNotes = completeTags(withStates, "note", segments.map((s) => `category="${s.source === null ? "source" : "mt"}"`));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withNotes}\n`;
}

function toUnit(segment: ExportSegment, target: string): XliffUnit {
  const source = segment.source ?? segment.mt;
  const note = segment.source === null ? NO_SOURCE_NOTE : segment.mt;
  const significantSpace = [source, target, note].some((text) => /^\s|\s$|\s\s|[\t\n\r]/.test(text));
  return {
    source: xmlText(source),
    target: xmlText(target),
    note: xmlText(note),
    ...(significantSpace ? { additionalAttributes: { "xml:space": "preserve" } } : {}),
  };
}

// xml-js (inside js2xliff) turns "&amp;" into "&" before escaping, so a literal "&amp;" is pre-doubled to survive.
function xmlText(text: string): string {
  return xmlSafe(text).replace(/&amp;/g, "&amp;amp;");
}

function completeTags(xml: string, tag: string, attributes: string[]): string {
  let i = 0;
  const result = xml.replaceAll(`<${tag}>`, () => `<${tag} ${attributes[i++]}>`);
  if (i !== attributes.length) throw new Error(`Expected ${attributes.length} <${tag}> elements in the XLIFF output, found ${i}.`);
  return result;
}

function headerComment(doc: ExportDocument, total: number, fill: ExportOptions["fill"]): string {
  const filler = fill === "latest" ? "the latest proposal, else the MT" : "the MT";
  return [
    ` Exported by Verso. One unit per segment, in document order.`,
    `target: the approved text, else ${filler}. ${countUnapproved(doc)} of ${total} segments are not approved.`,
    `source: the source-language sentence when known. When it is not known, source holds the MT`,
    `and the unit's note has category "source"; otherwise the MT is kept in a note with category "mt".`,
    `state: initial = new, translated = proposed or rejected, final = approved; subState keeps the Verso status. `,
  ].join("\n    ");
}
