import { describe, expect, it } from "vitest";
import { trickyDocument } from "./fixtures/tricky-document";
import { escapeLine, md } from "./md";

describe("md", () => {
  it("maps block kinds and keeps list items together", () => {
    expect(md(trickyDocument())).toBe(
      [
        "# \\# Breaking: \\<script>alert(\"title\")\\</script> & Co.",
        "",
        "*\\*05\\* December 2023*",
        "",
        "A \\<b>bold\\</b> claim & \"quoted\" 'text' AT&amp;amp;T \\[link\\](javascript:alert(1)) \\\\o/ \\_x\\_ \\~y\\~.",
        "",
        "- \\- First & foremost.",
        "- 1\\. Second \\<i>item\\</i>.",
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
    expect(md(doc)).toContain("- \\- First\n  second line.\n- 1\\.");
  });
});
