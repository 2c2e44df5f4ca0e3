import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import xmlbuilder from "xmlbuilder";
import { contentBlocks, countUnapproved, trimmedPieces, unapprovedLegend, type ArticleBlock, type ArticlePiece } from "./final-text";
import type { ExportDocument, ExportOptions } from "./types";
import { textDirection } from "@/lib/text-direction";
import { LINE_SEPARATOR, withHardBreaks } from "./markdown-breaks";
import { xmlSafe } from "./xml-safe";

/** A Word document of the cleaned article; the count of unapproved segments is kept in its properties. */
export async function docx(doc: ExportDocument, { fill, markUnapproved = false, exportedAt = new Date() }: ExportOptions = { fill: "mt" }): Promise<Uint8Array> {
  const unapproved = countUnapproved(doc);
  const description = `${unapproved} segment(s) not approved, filled with ${fill === "latest" ? "the latest proposal" : "the MT"}.`;
  const blocks = contentBlocks(doc, fill);
  const rtl = textDirection(doc.targetLanguage) === "rtl";
  const legend = markUnapproved ? [new Paragraph({ children: [new TextRun({ text: unapprovedLegend(doc), highlight: "yellow", bold: true })] })] : [];
  const file = new Document({
    title: doc.title,
    creator: "Verso",
    lastModifiedBy: "Verso",
    description,
    customProperties: [
      { name: "verso-unapproved-segments", value: String(unapproved) },
      { name: "verso-fill", value: fill },
    ],
    // Word picks its spelling dictionary from the run language, one for each kind of script: Latin, right to left, East Asian.
    styles: { default: { document: { run: { language: runLanguage(doc.targetLanguage, rtl) } } } },
    sections: [{ children: [...legend, ...blocks.map((block) => toParagraph(block, markUnapproved, rtl, doc.markdown === true))] }],
  });
  // The docx package writes no dc:language, so its core properties are replaced by the same ones with the language.
  const core = coreProperties({ title: doc.title, language: doc.targetLanguage, description, at: exportedAt });
  return new Uint8Array(await Packer.toBuffer(file, false, [{ path: "docProps/core.xml", data: core }]));
}

const EAST_ASIAN = /^(zh|ja|ko)\b/i;

function runLanguage(language: string, rtl: boolean) {
  return { value: language, ...(rtl && { bidirectional: language }), ...(EAST_ASIAN.test(language) && { eastAsia: language }) };
}

function coreProperties({ title, language, description, at }: { title: string; language: string; description: string; at: Date }): string {
  const root = xmlbuilder.create("cp:coreProperties", { version: "1.0", encoding: "UTF-8", standalone: true }, undefined, { headless: false });
  root.att("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  root.att("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  root.att("xmlns:dcterms", "http://purl.org/dc/terms/");
  root.att("xmlns:dcmitype", "http://purl.org/dc/dcmitype/");
  root.att("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  root.ele("dc:title", xmlSafe(title));
  root.ele("dc:language", xmlSafe(language));
  root.ele("dc:creator", "Verso");
  root.ele("dc:description", description);
  root.ele("cp:lastModifiedBy", "Verso");
  root.ele("cp:revision", "1");
  root.ele("dcterms:created", { "xsi:type": "dcterms:W3CDTF" }, at.toISOString());
  root.ele("dcterms:modified", { "xsi:type": "dcterms:W3CDTF" }, at.toISOString());
  return root.end({ pretty: false });
}

/** The block's pieces, neighbours of the same marking joined, so that an unmarked paragraph is one run. */
function runsOf(block: ArticleBlock, markUnapproved: boolean, markdown: boolean): ArticlePiece[] {
  const runs: ArticlePiece[] = [];
  for (const piece of markdown ? withHardBreaks(trimmedPieces(block)) : trimmedPieces(block)) {
    const unapproved = markUnapproved && piece.unapproved;
    const last = runs.at(-1);
    if (last && last.unapproved === unapproved) last.text += piece.text;
    else runs.push({ text: piece.text, unapproved });
  }
  return runs;
}

/**
 * Word breaks the line only at a hard break (Markdown's marker, an HTML page's <br>); a line end in the text is a space,
 * as HTML and Markdown show it: a plain-text paragraph runs over several lines only because it was hard-wrapped.
 */
function linesOf(text: string): string[] {
  return text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, " ").split(new RegExp(`${LINE_SEPARATOR}[ \\t]*`));
}

function toParagraph(block: ArticleBlock, markUnapproved: boolean, rtl: boolean, markdown: boolean): Paragraph {
  const { kind } = block;
  // A right-to-left language needs both: the paragraph's direction (alignment, order of runs) and each run's.
  const direction = rtl ? { bidirectional: true } : {};
  const italics = kind === "dateline" || kind === "meta" || kind === "footer" || kind === "quote";
  const children = runsOf(block, markUnapproved, markdown).flatMap(({ text, unapproved }) =>
    linesOf(text).map(
      (line, i) =>
        new TextRun({ text: line, italics: italics || undefined, highlight: unapproved ? "yellow" : undefined, break: i > 0 ? 1 : undefined, rightToLeft: rtl || undefined }),
    ),
  );
  if (kind === "title") return new Paragraph({ heading: HeadingLevel.TITLE, children, ...direction });
  if (kind === "heading") return new Paragraph({ heading: HeadingLevel.HEADING_1, children, ...direction });
  if (kind === "list_item") return new Paragraph({ bullet: { level: 0 }, children, ...direction });
  if (kind === "quote") return new Paragraph({ indent: { left: 720 }, children, ...direction });
  return new Paragraph({ children, ...direction });
}
