import { describe, expect, it } from "vitest";
import { docx } from "./docx";
import { findSegment } from "./fixtures/build-document";
import { readZipEntries } from "./fixtures/read-zip";
import { seedDocument } from "./fixtures/seed-document";
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
    expect(textOf(body[0])).toBe('# Breaking: <script>alert("title")</script> & Co.');
    expect(body[1]).toContain("<w:i/>");
    expect(body[3]).toContain("<w:numPr>");
    expect(body[4]).toContain("<w:numPr>");
    expect(body[5]).not.toContain("<w:numPr>");
    expect(body[8]).toContain('<w:pStyle w:val="Heading1"/>');
    expect(entries.get("word/numbering.xml")).toContain("<w:abstractNum");
    expect(entries.get("word/styles.xml")).toContain('<w:lang w:val="en"/>');
  });

  it("records the title and the unapproved count in the document properties", async () => {
    const entries = readZipEntries(await docx(seedDocument(), { fill: "latest" }));
    expect(entries.get("docProps/core.xml")).toContain("<dc:title>Different dreams in one Geneva</dc:title>");
    expect(entries.get("docProps/core.xml")).toContain("<dc:description>80 segment(s) not approved, filled with the latest proposal.</dc:description>");
    expect(entries.get("docProps/custom.xml")).toMatch(/name="verso-unapproved-segments"><vt:lpwstr>80<\/vt:lpwstr>/);
  });

  it("fills unapproved segments as asked", async () => {
    const doc = seedDocument();
    const latest = findSegment(doc, "We don't intend to attack").latest!;
    const text = async (fill: "mt" | "latest") => decode(readZipEntries(await docx(doc, { fill })).get("word/document.xml")!);
    expect(await text("latest")).toContain(latest);
    expect(await text("mt")).not.toContain(latest);
  });
});
