import js2tmx from "tmexchange/js2tmx";
import { documentSegments, postEditedText } from "./final-text";
import type { ExportDocument, ExportOptions } from "./types";
import { xmlSafe } from "./xml-safe";

/**
 * The language tag of the MT side: the target language with the BCP 47 private-use subtag "x-mt"
 * ("en" -> "en-x-mt"), because both sides of an MT -> post-edit pair are in the same language and a
 * translation unit holds one variant per language.
 */
export function mtLanguage(targetLanguage: string): string {
  return /(^|-)x-/i.test(targetLanguage) ? `${targetLanguage}-mt` : `${targetLanguage}-x-mt`;
}

/** TMX 1.4: one translation unit per segment that has a post-edited text, pairing the MT with it. */
export function tmx(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): string {
  const mtLang = mtLanguage(doc.targetLanguage);
  const resources: Record<string, Record<string, string>> = {};
  for (const segment of documentSegments(doc)) {
    const postEdited = postEditedText(segment, fill);
    if (postEdited === null) continue;
    const variants: Record<string, string> = { [mtLang]: xmlSafe(segment.mt), [doc.targetLanguage]: xmlSafe(postEdited) };
    // The source sentence, when known, makes the same unit usable as an ordinary source -> target memory.
    if (segment.source !== null && doc.sourceLanguage !== doc.targetLanguage) variants[doc.sourceLanguage] = xmlSafe(segment.source);
    // The tuid is the segment id: unique and stable, so no unit can overwrite another.
    resources[`s${segment.id}`] = variants;
  }

  let xml: string | undefined;
  js2tmx(
    {
      version: "1.4",
      sourceLanguage: mtLang,
      administrationLanguage: "en",
      creationTool: "Verso",
      creationToolVersion: "1",
      datatype: "plaintext",
      segtype: "sentence",
      oTMF: "Verso",
      resources,
    },
    { headless: false, pretty: true, indent: "  ", newline: "\n" },
    (error, result) => {
      if (error) throw error;
      xml = result;
    },
  );
  if (xml === undefined) throw new Error("js2tmx did not produce its output synchronously.");
  return xml + "\n";
}
