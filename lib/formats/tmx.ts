import xmlbuilder from "xmlbuilder";
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

/** A TMX 1.4 document with Verso's header and an empty body, for the document export and the memory's. */
export function tmxRoot(srclang: string, exportedAt: Date) {
  const root = xmlbuilder.create("tmx", { version: "1.0", encoding: "UTF-8" }).att("version", "1.4");
  root.ele("header", {
    creationtool: "Verso",
    creationtoolversion: "1",
    segtype: "sentence",
    "o-tmf": "Verso",
    adminlang: "en",
    srclang,
    datatype: "plaintext",
    creationdate: tmxDate(exportedAt),
  });
  return { root, body: root.ele("body") };
}

/** TMX's date form, YYYYMMDDThhmmssZ. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}/, "").replace(/[-:]/g, "");
}

/**
 * TMX 1.4: one translation unit per segment that has a post-edited text, pairing the MT with it (and the source
 * sentence, when the document has one). No DOCTYPE and no standalone="yes": the TMX DTD is external, so a
 * standalone declaration would make the file invalid against it.
 */
export function tmx(doc: ExportDocument, { fill, exportedAt = new Date() }: ExportOptions = { fill: "mt" }): string {
  const mtLang = mtLanguage(doc.targetLanguage);
  const withSource = doc.bilingual && doc.sourceLanguage !== doc.targetLanguage;
  const { root, body } = tmxRoot(withSource ? doc.sourceLanguage : mtLang, exportedAt);
  for (const segment of documentSegments(doc)) {
    const postEdited = postEditedText(segment, fill);
    if (postEdited === null) continue;
    const changedBy = segment.reviewer ?? segment.editor;
    // An MT sentence no source sentence is aligned with: its unit's source is the MT, since TMX wants a variant in the source language.
    const unaligned = withSource && segment.source === null;
    // The tuid is the segment id: unique and stable, so no unit can overwrite another.
    const tu = body.ele("tu", {
      tuid: `s${segment.id}`,
      ...(unaligned ? { srclang: mtLang } : {}),
      creationdate: tmxDate(segment.createdAt),
      creationid: xmlSafe(doc.provenance ?? "mt"),
      changedate: tmxDate(segment.changedAt),
      ...(changedBy ? { changeid: xmlSafe(changedBy) } : {}),
    });
    tu.ele("prop", { type: "x-verso-status" }, segment.status);
    tu.ele("prop", { type: "x-verso-document" }, String(doc.id));
    // The source sentence, when known, makes the same unit usable as an ordinary source -> target memory.
    if (!unaligned && withSource) tuv(tu, doc.sourceLanguage, segment.source!);
    tuv(tu, mtLang, segment.mt);
    tuv(tu, doc.targetLanguage, postEdited);
  }
  return root.end({ pretty: true, indent: "  ", newline: "\n" }) + "\n";
}

function tuv(tu: xmlbuilder.XMLElementOrXMLNode, language: string, text: string): void {
  tu.ele("tuv", { "xml:lang": language }).ele("seg", xmlSafe(text));
}
