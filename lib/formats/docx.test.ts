import { describe, expect, it } from "vitest";
import { docx } from "./docx";
import { findSegment } from "./fixtures/build-document";
import { readZipEntries } from "./fixtures/read-zip";
import { seedDocument } from "./fixtures/seed-document";
import { segmentedDocument } from "./fixtures/segmented-document";
import { trickyDocument } from "./fixtures/tricky-document";

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>([^]*?)<\/w:p>/g)].map((m) => m[1]);
const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" };
const decode = (xml: string) => xml.replace(/&(lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity]);
const textOf = (paragraph: string) => decode([...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n"));

describe("docx", () => {
  it("maps block kinds to Word styles, bullets and italics", async () => {
    const entries = readZipEntries(await docx(trickyDocument()));
    const body = paragraphs(entries.get("word/document.xml")!);
    expect(body).toHaveLength(10);
    expect(body[0]).toContain('<w:pStyle w:val="Title"/>');
    expect(textOf(body[0])).toBe('Breaking: <script>alert("title")</script> & Co.');
    expect(textOf(body[3])).toBe("First & foremost.");
    expect(body[1]).toContain("<w:i/>");
    expect(body[3]).toContain("<w:numPr>");
    expect(body[4]).toContain("<w:numPr>");
    expect(body[5]).not.toContain("<w:numPr>");
    expect(body[8]).toContain('<w:pStyle w:val="Heading1"/>');
    expect(entries.get("word/numbering.xml")).toContain("<w:abstractNum");
    expect(entries.get("word/styles.xml")).toContain('<w:lang w:val="en"/>');
  });

  it("records the title, the language and the unapproved count in the document properties", async () => {
    const exportedAt = new Date("2023-12-07T08:00:00Z");
    const entries = readZipEntries(await docx({ ...seedDocument(), title: "Женева & <Co>", targetLanguage: "en-GB" }, { fill: "latest", exportedAt }));
    const core = entries.get("docProps/core.xml");
    expect(core).toContain("<dc:title>Женева &amp; &lt;Co&gt;</dc:title>");
    expect(core).toContain("<dc:language>en-GB</dc:language>");
    expect(core).toContain("<dc:description>79 segment(s) not approved, filled with the latest proposal.</dc:description>");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-12-07T08:00:00.000Z</dcterms:created>');
    expect(entries.get("docProps/custom.xml")).toMatch(/name="verso-unapproved-segments"><vt:lpwstr>79<\/vt:lpwstr>/);
  });

  it("writes a Markdown import's headings and items without their markers", async () => {
    const doc = segmentedDocument("# Title here\n\n- First item.\n", { format: "markdown" });
    const body = paragraphs(readZipEntries(await docx(doc)).get("word/document.xml")!);
    expect(body.map(textOf)).toEqual(["Title here", "First item."]);
  });

  it("breaks a Markdown import's line only at a hard line break, without its marker; a soft line break is a space", async () => {
    const text = "Roses are red,  \nviolets are blue.\\\nSugar is\nsweet.\n";
    const [paragraph] = paragraphs(readZipEntries(await docx(segmentedDocument(text, { format: "markdown" }))).get("word/document.xml")!);
    expect(textOf(paragraph)).toBe("Roses are red,\nviolets are blue.\nSugar is sweet.");
    expect(paragraph.match(/<w:br\/>/g)).toHaveLength(2);
  });

  it("runs a hard-wrapped plain-text paragraph on as one, a line end being a space as in HTML and Markdown", async () => {
    const text = [
      "Talks in Geneva",
      "",
      "The meeting in Geneva lasted an hour and a half, and the two ministers spoke",
      "about the security guarantees that Moscow had asked for in December. Another",
      "sentence follows here, and it is long enough to wrap at the same width too.",
      "",
    ].join("\n");
    const doc = segmentedDocument(text);
    expect(doc.blocks[1].text).toContain("\n");
    const [, paragraph] = paragraphs(readZipEntries(await docx(doc)).get("word/document.xml")!);
    expect(paragraph).not.toContain("<w:br/>");
    expect(textOf(paragraph)).toBe(text.split("\n").slice(2, 5).join(" "));
  });

  it("highlights unapproved sentences under a legend when asked, and nothing otherwise", async () => {
    const doc = seedDocument();
    const marked = readZipEntries(await docx(doc, { fill: "mt", markUnapproved: true })).get("word/document.xml")!;
    const body = paragraphs(marked);
    expect(textOf(body[0])).toBe("Draft: 79 of 83 sentences are not approved; they are marked.");
    const highlighted = [...marked.matchAll(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<\/w:r>/g)].map((m) => textOf(m[0]));
    expect(highlighted).toContain(findSegment(doc, "Diplomats discussed").mt);
    expect(highlighted).not.toContain(findSegment(doc, "In Geneva at the initiative").approved);
    const plain = readZipEntries(await docx(doc, { fill: "mt" })).get("word/document.xml")!;
    expect(plain).not.toContain("w:highlight");
  });

  it("fills unapproved segments as asked", async () => {
    const doc = seedDocument();
    const latest = findSegment(doc, "We don't intend to attack").latest!;
    const text = async (fill: "mt" | "latest") => decode(readZipEntries(await docx(doc, { fill })).get("word/document.xml")!);
    expect(await text("latest")).toContain(latest);
    expect(await text("mt")).not.toContain(latest);
  });
});

describe("docx of a right-to-left target language", () => {
  it("makes every paragraph and run right to left", async () => {
    const doc = { ...segmentedDocument("עמוד ראשון\n\nזה משפט. ועוד אחד!\n"), targetLanguage: "he" };
    const body = paragraphs(readZipEntries(await docx(doc)).get("word/document.xml")!);
    expect(body.length).toBeGreaterThan(1);
    for (const paragraph of body) expect(paragraph).toMatch(/<w:bidi\/>[^]*<w:rtl\/>/);
    const english = paragraphs(readZipEntries(await docx(segmentedDocument("Title\n\nA sentence.\n"))).get("word/document.xml")!);
    for (const paragraph of english) expect(paragraph).not.toContain("<w:bidi/>");
  });

  it("gives Word the language of right-to-left and East Asian text too, which it checks apart from Latin text", async () => {
    const styles = async (targetLanguage: string) => readZipEntries(await docx({ ...segmentedDocument("Title\n\nA sentence.\n"), targetLanguage })).get("word/styles.xml")!;
    expect(await styles("he")).toMatch(/<w:lang w:val="he" w:bidi="he"\/>/);
    expect(await styles("ja")).toMatch(/<w:lang w:val="ja" w:eastAsia="ja"\/>/);
    expect(await styles("zh-Hant")).toMatch(/<w:lang w:val="zh-Hant" w:eastAsia="zh-Hant"\/>/);
    expect(await styles("en-GB")).toMatch(/<w:lang w:val="en-GB"\/>/);
  });
});
