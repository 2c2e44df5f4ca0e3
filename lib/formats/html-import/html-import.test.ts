import { describe, expect, it } from "vitest";
import { codesIn } from "../cat/placeholders";
import { docx } from "../docx";
import { readZipEntries } from "../fixtures/read-zip";
import { html } from "../html";
import { md } from "../md";
import { txt } from "../txt";
import type { ExportDocument, ExportSegment } from "../types";
import { htmlRuns } from "./html-runs";
import { segmentHtml } from "./segment-html";
import { spliceHtml } from "./splice-html";

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Different dreams</title><style>p { color: red }</style></head>
<body>
  <h1>Different dreams in one Geneva</h1>
  <p class="lead">The meeting   took place on Monday.
     It <b>borrowed</b> two hours &amp; a half.</p>
  <ul><li>First point.</li><li>Second <a href="/x">point</a>.</li></ul>
  <blockquote><p>&laquo;We agreed,&raquo; said Lavrov.</p></blockquote>
  <script>var ignored = "Not a sentence.";</script>
  <p><img src="a.png" alt="Map"></p>
  <div>Loose text in a div.<p>And a paragraph.</p></div>
</body>
</html>
`;

describe("htmlRuns", () => {
  it("reads block elements as runs with browser white space, decoded entities and inline tags as placeholders", () => {
    const runs = htmlRuns(PAGE);
    expect(runs.map((run) => [run.kind, run.text])).toEqual([
      ["title", "Different dreams in one Geneva"],
      ["paragraph", "The meeting took place on Monday. It ⟦1⟧borrowed⟦/1⟧ two hours & a half."],
      ["list_item", "First point."],
      ["list_item", "Second ⟦1⟧point⟦/1⟧."],
      ["quote", "«We agreed,» said Lavrov."],
      ["paragraph", "Loose text in a div."],
      ["paragraph", "And a paragraph."],
    ]);
    expect(runs[1].codes).toEqual({ "⟦1⟧": "<b>", "⟦/1⟧": "</b>" });
    expect(runs[3].codes).toEqual({ "⟦1⟧": '<a href="/x">', "⟦/1⟧": "</a>" });
  });

  it("records the characters each run was read from: an element's whole content, or its loose text", () => {
    const runs = htmlRuns(PAGE);
    expect(PAGE.slice(runs[0].start, runs[0].end)).toBe("Different dreams in one Geneva");
    expect(PAGE.slice(runs[1].start, runs[1].end)).toBe("The meeting   took place on Monday.\n     It <b>borrowed</b> two hours &amp; a half.");
    expect(PAGE.slice(runs[5].start, runs[5].end)).toBe("Loose text in a div.");
  });

  it("keeps a pre's white space and closes implied end tags as a browser does", () => {
    const runs = htmlRuns("<p>One <i>two</i><p>Three\n<pre>a  b\n c</pre>");
    expect(runs.map((run) => run.text)).toEqual(["One ⟦1⟧two⟦/1⟧", "Three", "a  b\n c"]);
    expect(runs[0].codes).toEqual({ "⟦1⟧": "<i>", "⟦/1⟧": "</i>" });
  });

  it("carries an unclosed inline tag into the next paragraph, as a browser shows it", () => {
    const runs = htmlRuns("<p>One <i>two<p>Three");
    expect(runs.map((run) => run.text)).toEqual(["One ⟦1⟧two⟦/1⟧", "⟦1⟧Three⟦/1⟧"]);
    expect(runs[1].codes).toEqual({ "⟦1⟧": "<i>", "⟦/1⟧": "</i>" });
  });

  it("reads text in a tag the parser opens again (an unclosed <b> after a list) from where the text is, not from the first <b>", () => {
    const page = "<ul><li>One <b>bold</li></ul>Loose text after.";
    const runs = htmlRuns(page);
    expect(runs.map((run) => run.text)).toEqual(["One ⟦1⟧bold⟦/1⟧", "⟦1⟧Loose text after.⟦/1⟧"]);
    expect(page.slice(runs[1].start, runs[1].end)).toBe("Loose text after.");
  });

  it("keeps the text of a heading that a misnested end tag runs into", () => {
    const page = "<p>Intro.</p><em>Lead <h2>Title</em> rest</h2>";
    const runs = htmlRuns(page);
    expect(runs.map((run) => run.text)).toEqual(["Intro.", "⟦1⟧Lead⟦/1⟧", "⟦1⟧Title⟦/1⟧ rest"]);
    expect(page.slice(runs[1].start, runs[1].end)).toBe("<em>Lead ");
  });

  it("reads a fragment that opens with white space and an entity from its first character", () => {
    const page = "\n  &laquo;Talks&raquo; began. <p>Next.</p>";
    const runs = htmlRuns(page);
    expect(runs[0].text).toBe("«Talks» began.");
    expect(spliceHtml(page, runs, exportOf(page, { 0: "«Talks» started." }), { fill: "mt" })).toBe("«Talks» started.<p>Next.</p>");
  });

  it("gives a line break or an image a standalone placeholder and drops spaces before closing tags at the end", () => {
    const [run] = htmlRuns("<p><em>Line one </em><br>Line two <b>end </b></p>");
    expect(run.text).toBe("⟦1⟧Line one ⟦/1⟧⟦2⟧Line two ⟦3⟧end⟦/3⟧");
    expect(run.codes["⟦2⟧"]).toBe("<br>");
    expect(run.codes["⟦/2⟧"]).toBeUndefined();
  });

  it("keeps the spaces on both sides of an image, as a browser shows them, and none after a line break", () => {
    const [run] = htmlRuns('<p>Flag <img src="ru.svg" alt="RU"> Russia <img src="x.png">\n <br> next</p>');
    expect(run.text).toBe("Flag ⟦1⟧ Russia ⟦2⟧ ⟦3⟧next");
  });

  it("reads a page larger than one parsing chunk with tags, entities and surrogate pairs wherever a chunk ends", () => {
    const paragraph = (i: number) => `Para ${i} with <b>bold &amp; 😀</b> text.`;
    const page = Array.from({ length: 6_000 }, (_, i) => `<p>${paragraph(i)}</p>\n`).join("");
    const runs = htmlRuns(page);
    expect(runs).toHaveLength(6_000);
    runs.forEach((run, i) => {
      expect(run.text).toBe(`Para ${i} with ⟦1⟧bold & 😀⟦/1⟧ text.`);
      expect(page.slice(run.start, run.end)).toBe(paragraph(i));
    });
  });

  it("keeps an icon, a button, an embedded map or a script inside a paragraph whole, as a standalone placeholder", () => {
    const page = '<p>Click <a href="/share"><svg viewBox="0 0 9 9"><path d="M0 0"/></svg> share</a> or <button>Send</button> it.<script>track("x")</script></p>';
    const [run] = htmlRuns(page);
    expect(run.text).toBe("Click ⟦1⟧⟦2⟧ share⟦/1⟧ or ⟦3⟧ it.⟦4⟧");
    expect(run.codes).toMatchObject({ "⟦2⟧": '<svg viewBox="0 0 9 9"><path d="M0 0"/></svg>', "⟦3⟧": "<button>Send</button>", "⟦4⟧": '<script>track("x")</script>' });
    expect(page.slice(run.start, run.end)).toBe(page.slice(3, -4));
  });

  it("keeps a navigation menu's list items and a footer's paragraphs as meta and footer", () => {
    const runs = htmlRuns("<nav><ul><li><a href=/>Home</a></li><li>News</li></ul></nav><footer><p>© The Post</p></footer>");
    expect(runs.map((run) => [run.kind, run.text])).toEqual([["meta", "⟦1⟧Home⟦/1⟧"], ["meta", "News"], ["footer", "© The Post"]]);
  });

  it("finds nothing in a page without visible text", () => {
    expect(htmlRuns("<html><head><title>T</title></head><body><p> <img src=x> </p><script>x()</script></body></html>")).toEqual([]);
  });
});

describe("segmentHtml", () => {
  it("splits runs into sentences with placeholders set aside and gives each placeholder to its sentence", () => {
    const { text, segmented } = segmentHtml("<p><a href=a>First sentence.</a> <b>Second</b> one. Third.<br></p><h2>A heading. Still one.</h2>");
    expect(text).toBe("⟦1⟧First sentence.⟦/1⟧ ⟦2⟧Second⟦/2⟧ one. Third.⟦3⟧\n\nA heading. Still one.");
    expect(segmented.blocks.map((block) => block.segments.map((segment) => segment.text))).toEqual([
      ["⟦1⟧First sentence.⟦/1⟧", "⟦2⟧Second⟦/2⟧ one.", "Third.⟦3⟧"],
      ["A heading. Still one."],
    ]);
    for (const block of segmented.blocks) {
      expect(text.slice(block.start, block.end + block.separator.length)).toBe(text.slice(block.start, block.end) + block.separator);
      for (const segment of block.segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    }
  });
});

/** The export document an import of `page` would give, with `finals[i]` approved for segment i (in order). */
function exportOf(page: string, finals: Record<number, string> = {}): ExportDocument {
  const { segmented, runs } = segmentHtml(page);
  let order = 0;
  return {
    id: 1, title: "T", sourceLanguage: "ru", targetLanguage: "en", provenance: null, bilingual: false, createdAt: new Date(0), leading: "", inlineCodes: true,
    blocks: segmented.blocks.map((block, b) => ({
      ...block,
      text: segmentHtml(page).text.slice(block.start, block.end),
      segments: block.segments.map((segment): ExportSegment => {
        const approved = finals[order] ?? null;
        order++;
        const inlineCodes = codesIn(segment.text, runs[b].codes);
        return { id: order, order, start: segment.start, end: segment.end, mt: segment.text, source: null, approved, latest: null, status: approved === null ? "new" : "approved", annotations: [], createdAt: new Date(0), changedAt: new Date(0), editor: null, reviewer: null, reviewedAt: null, inlineCodes };
      }),
    })),
  };
}

describe("spliceHtml", () => {
  it("gives back the page byte for byte when nothing changed", () => {
    expect(spliceHtml(PAGE, htmlRuns(PAGE), exportOf(PAGE), { fill: "mt" })).toBe(PAGE);
  });

  it("rewrites only the run of a changed sentence, tags back in place and text escaped", () => {
    const doc = exportOf(PAGE, { 2: "It ⟦1⟧lasted⟦/1⟧ two & a half hours <roughly>." });
    const out = spliceHtml(PAGE, htmlRuns(PAGE), doc, { fill: "mt" });
    expect(out).toBe(PAGE.replace("The meeting   took place on Monday.\n     It <b>borrowed</b> two hours &amp; a half.", "The meeting took place on Monday. It <b>lasted</b> two &amp; a half hours &lt;roughly&gt;."));
  });

  it("keeps what is not text (an icon, a video, a script) in a rewritten paragraph", () => {
    const page = '<p>Press <svg class="icon"><path d="M0 0"/></svg>share. Watch<video src="v.mp4"></video>.<script>track()</script></p>';
    expect(spliceHtml(page, htmlRuns(page), exportOf(page, { 0: "Press ⟦1⟧Share." }), { fill: "mt" })).toBe(
      '<p>Press <svg class="icon"><path d="M0 0"/></svg>Share. Watch<video src="v.mp4"></video>.<script>track()</script></p>',
    );
  });

  it("rewrites a paragraph after an unclosed tag without touching the list before it", () => {
    const page = "<ul><li>One <b>bold</li></ul>Loose text after.";
    expect(spliceHtml(page, htmlRuns(page), exportOf(page, { 1: "⟦1⟧Loose text later.⟦/1⟧" }), { fill: "mt" })).toBe("<ul><li>One <b>bold</li></ul><b>Loose text later.</b>");
  });

  it("keeps the space after an image in a rewritten paragraph", () => {
    const page = '<p>See <img src="map.png"> the map.</p>';
    expect(spliceHtml(page, htmlRuns(page), exportOf(page, { 0: "See ⟦1⟧ the map below." }), { fill: "mt" })).toBe('<p>See <img src="map.png"> the map below.</p>');
    expect(spliceHtml(page, htmlRuns(page), exportOf(page), { fill: "mt", markUnapproved: true })).toBe('<p><mark class="unapproved">See <img src="map.png"> the map.</mark></p>');
  });

  it("marks unapproved sentences of the runs it rewrites when asked", () => {
    const page = "<p>One. <i>Two.</i></p>";
    expect(spliceHtml(page, htmlRuns(page), exportOf(page, { 0: "Uno." }), { fill: "mt", markUnapproved: true })).toBe('<p>Uno. <mark class="unapproved"><i>Two.</i></mark></p>');
  });

  it("keeps the marks of sentences that share a tag inside it, so they nest with the page's tags", () => {
    const page = "<p>He said: <em>We agree. We will sign.</em> Then he left.</p>";
    expect(spliceHtml(page, htmlRuns(page), exportOf(page, { 2: "Then he went." }), { fill: "mt", markUnapproved: true })).toBe(
      '<p><mark class="unapproved">He said: </mark><em><mark class="unapproved">We agree.</mark> <mark class="unapproved">We will sign.</mark></em> Then he went.</p>',
    );
  });

  it("refuses a page whose runs no longer match the document", () => {
    expect(() => spliceHtml("<p>Other text.</p>", htmlRuns("<p>Other text.</p>"), exportOf(PAGE), { fill: "mt" })).toThrow(/no longer match/);
  });
});

describe("the article exports of an HTML page", () => {
  const page = "<h1>Talks</h1><p>The meeting lasted an hour.<br>It was held in Geneva.</p><address>Press office<br>\n 12 Rue du Rhône <br> Geneva</address><p>See <img src=m.png> the map.</p>";

  it("break the line where the page has a <br>, and keep a space where an image stood", async () => {
    const doc = exportOf(page);
    expect(txt(doc)).toBe("Talks\n\nThe meeting lasted an hour.\nIt was held in Geneva.\n\nPress office\n12 Rue du Rhône\nGeneva\n\nSee the map.");
    expect(md(doc)).toBe("# Talks\n\nThe meeting lasted an hour.\\\nIt was held in Geneva.\n\n*Press office\\\n12 Rue du Rhône\\\nGeneva*\n\nSee the map.\n");
    expect(html(doc, { fill: "mt" })).toContain("<p>The meeting lasted an hour.<br>\nIt was held in Geneva.</p>");
    const body = readZipEntries(await docx(doc)).get("word/document.xml")!;
    const texts = [...body.matchAll(/<w:p>([^]*?)<\/w:p>/g)].map((m) => [...m[1].matchAll(/(<w:br\/>)?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => (t[1] ? "\n" : "") + t[2]).join(""));
    expect(texts).toEqual(["Talks", "The meeting lasted an hour.\nIt was held in Geneva.", "Press office\n12 Rue du Rhône\nGeneva", "See the map."]);
  });

  it("break it in a changed sentence too, and write a <br> in a heading as a space in Markdown", () => {
    const doc = exportOf("<h2>Part one<br>The talks</h2><p>One.<br>\nTwo.</p>", { 1: "Uno.⟦1⟧" });
    expect(txt(doc)).toBe("Part one\nThe talks\n\nUno.\nTwo.");
    expect(md(doc)).toBe("## Part one The talks\n\nUno.\\\nTwo.\n");
  });
});
