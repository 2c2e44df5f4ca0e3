import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { articleBlocks, countUnapproved, type ArticleBlock } from "./final-text";
import type { ExportDocument, ExportOptions } from "./types";

/** A Word document of the cleaned article; the count of unapproved segments is kept in its properties. */
export async function docx(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): Promise<Uint8Array> {
  const unapproved = countUnapproved(doc);
  const blocks = articleBlocks(doc, fill).filter((block) => block.text.trim() !== "");
  const file = new Document({
    title: doc.title,
    creator: "Verso",
    lastModifiedBy: "Verso",
    description: `${unapproved} segment(s) not approved, filled with ${fill === "latest" ? "the latest proposal" : "the MT"}.`,
    customProperties: [
      { name: "verso-unapproved-segments", value: String(unapproved) },
      { name: "verso-fill", value: fill },
    ],
    // Word picks its spelling dictionary from the run language.
    styles: { default: { document: { run: { language: { value: doc.targetLanguage } } } } },
    sections: [{ children: blocks.map(toParagraph) }],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}

function toParagraph({ kind, text }: ArticleBlock): Paragraph {
  const italics = kind === "dateline" || kind === "meta" || kind === "footer" || kind === "quote";
  const children = text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, italics: italics || undefined, break: i === 0 ? undefined : 1 }));
  if (kind === "title") return new Paragraph({ heading: HeadingLevel.TITLE, children });
  if (kind === "heading") return new Paragraph({ heading: HeadingLevel.HEADING_1, children });
  if (kind === "list_item") return new Paragraph({ bullet: { level: 0 }, children });
  if (kind === "quote") return new Paragraph({ indent: { left: 720 }, children });
  return new Paragraph({ children });
}
