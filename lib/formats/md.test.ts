import { describe, expect, it } from "vitest";
import { buildDocument, findSegment } from "./fixtures/build-document";
import { segmentedDocument } from "./fixtures/segmented-document";
import { trickyDocument } from "./fixtures/tricky-document";
import { escapeLine, md } from "./md";

describe("md", () => {
  it("maps block kinds and keeps list items together", () => {
    expect(md(trickyDocument())).toBe(
      [
        "# Breaking: \\<script>alert(\"title\")\\</script> & Co.",
        "",
        "*\\*05\\* December 2023*",
        "",
        "A \\<b>bold\\</b> claim & \"quoted\" 'text' AT&amp;amp;T \\[link\\](javascript:alert(1)) \\\\o/ \\_x\\_ \\~y\\~.",
        "",
        "- First & foremost.",
        "- Second \\<i>item\\</i>.",
        "",
        "\\> Not a quote. 2021. Russia sent drafts.",
        "",
        "> Quoted words.",
        "",
        "- Third, alone.",
        "",
        "## === Heading ===",
        "",
        "*\\+ Subscribe*",
        "",
      ].join("\n"),
    );
  });

  it("escapes block markers only at the start of a line", () => {
    expect(escapeLine("# a")).toBe("\\# a");
    expect(escapeLine("#hashtag")).toBe("#hashtag");
    expect(escapeLine("- a - b")).toBe("\\- a - b");
    expect(escapeLine("+")).toBe("\\+");
    expect(escapeLine("---")).toBe("\\---");
    expect(escapeLine("2021. Russia")).toBe("2021\\. Russia");
    expect(escapeLine("2021 Russia")).toBe("2021 Russia");
    expect(escapeLine("9-10 January")).toBe("9-10 January");
    expect(escapeLine(">quote")).toBe("\\>quote");
    expect(escapeLine("48.9% – it")).toBe("48.9% – it");
  });

  it("indents the continuation lines of a list item and quotes every line of a quote", () => {
    const doc = trickyDocument();
    const item = doc.blocks.find((b) => b.kind === "list_item")!;
    item.text = item.segments[0].mt = "- First\nsecond line.";
    item.end = item.start + item.text.length;
    item.segments[0].end = item.end;
    expect(md(doc)).toContain("- First\n  second line.\n- Second");
  });
});

describe("md of a Markdown import", () => {
  it("writes each marker once", () => {
    const doc = segmentedDocument("# Title here\n\n- First item.\n- Second\n\n> Quoted. Words.\n> More.\n", { format: "markdown" });
    expect(md(doc)).toBe("# Title here\n\n- First item.\n- Second\n\n> Quoted. Words.\n> More.\n");
  });

  it("gives back each hard line break as it was written: two spaces or a backslash at the end of the line", () => {
    const text = "Roses are red,  \nviolets are blue. Sugar is sweet.\\\nAnd so are you.\n\n- One,   \n  two.\n\n> Quoted.  \n> Words.\n";
    const doc = segmentedDocument(text, { format: "markdown" });
    expect(md(doc)).toBe(text);
    Object.assign(findSegment(doc, "Sugar"), { approved: "Sugar is sweet\\\nand *so* are you.", status: "approved" });
    expect(md(doc, { fill: "mt", markUnapproved: true })).toContain("<mark>Roses are red,</mark>  \n<mark>violets are blue.</mark> Sugar is sweet\\\nand \\*so\\* are you.");
  });

  it("keeps a soft line break soft, and an escaped backslash at a line end as text", () => {
    // Two backslashes are an escaped one: text, which the export shows as typed (as it shows emphasis).
    const text = "Line one\nline two ends in backslashes\\\\\nthree.\n";
    expect(md(segmentedDocument(text, { format: "markdown" }))).toBe("Line one\nline two ends in backslashes\\\\\\\\\nthree.\n");
    // In plain text a backslash is a character and trailing spaces mean nothing.
    const plain = { ...segmentedDocument("The files went to C:\\  \nand the rest went nowhere.\n", { format: "markdown" }), markdown: false };
    expect(md(plain)).toBe("The files went to C:\\\\\nand the rest went nowhere.\n");
  });
});

describe("md marking unapproved sentences", () => {
  it("wraps each line of an unapproved sentence in <mark>, after a legend, and escapes the text inside", () => {
    const doc = buildDocument("- Approved one. Draft *two*.\n", { title: "t", kindOf: () => "list_item" });
    Object.assign(findSegment(doc, "- Approved"), { approved: "- Approved one.", status: "approved" });
    expect(md(doc, { fill: "mt", markUnapproved: true })).toBe(
      "> <mark>Draft: 1 of 2 sentences is not approved; it is marked.</mark>\n\n- Approved one. <mark>Draft \\*two\\*.</mark>\n",
    );
  });

  it("keeps line-start escapes when the line starts with an approved sentence, and marks nothing by default", () => {
    const doc = buildDocument("# not a heading. Two.\n", { title: "t", kindOf: () => "paragraph" });
    Object.assign(findSegment(doc, "# not"), { approved: "# not a heading.", status: "approved" });
    expect(md(doc, { fill: "mt", markUnapproved: true })).toContain("\\# not a heading. <mark>Two.</mark>");
    expect(md(doc)).not.toContain("<mark>");
  });
});
