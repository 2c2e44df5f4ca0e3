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
