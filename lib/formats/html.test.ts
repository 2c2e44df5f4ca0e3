import { describe, expect, it } from "vitest";
import { findSegment } from "./fixtures/build-document";
import { seedDocument } from "./fixtures/seed-document";
import { trickyDocument } from "./fixtures/tricky-document";
import { segmentedDocument } from "./fixtures/segmented-document";
import { escapeHtml, html } from "./html";

const VOID = new Set(["meta", "br"]);

/** Checks that every non-void element is closed in order, which a browser would otherwise repair silently. */
function unbalancedTags(page: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  for (const [, closing, name] of page.replace(/^<!doctype html>/, "").matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    if (VOID.has(name)) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) problems.push(`</${name}>`);
  }
  return [...problems, ...stack];
}

describe("html", () => {
  it("escapes markup and ampersands in the title and the text", () => {
    const page = html(trickyDocument());
    expect(page).not.toMatch(/<script|<b>|<i>/);
    expect(page).toContain("<title>&lt;/title&gt;&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \"T\"</title>");
    expect(page).toContain("<h1>Breaking: &lt;script&gt;alert(\"title\")&lt;/script&gt; &amp; Co.</h1>");
    expect(page).toContain("AT&amp;amp;T");
    expect(page.match(/&(?!amp;|lt;|gt;|quot;)/g)).toBeNull();
  });

  it("is a balanced standalone page with no external resources", () => {
    for (const page of [html(trickyDocument()), html(seedDocument())]) {
      expect(page.startsWith("<!doctype html>\n<html lang=\"en\">")).toBe(true);
      expect(page).toContain('<meta charset="utf-8">');
      expect(unbalancedTags(page)).toEqual([]);
      expect(page).not.toMatch(/\b(src|href)=|@import|url\(/);
    }
  });

  it("escapes the language attribute", () => {
    expect(html({ ...trickyDocument(), targetLanguage: 'en" onload="x' })).toContain('<html lang="en&quot; onload=&quot;x">');
  });

  it("groups consecutive list items into one list", () => {
    const page = html(trickyDocument());
    expect(page).toContain("<ul>\n<li>First &amp; foremost.</li>\n<li>Second &lt;i&gt;item&lt;/i&gt;.</li>\n</ul>");
    expect(page).toContain("<ul>\n<li>Third, alone.</li>\n</ul>");
    expect(page).toContain('<p class="dateline">*05* December 2023</p>');
    expect(page).toContain("<blockquote><p>Quoted words.</p></blockquote>");
  });

  it("records the unapproved count and fills with the chosen text", () => {
    const doc = seedDocument();
    const latest = findSegment(doc, "We don't intend to attack").latest ?? "";
    expect(html(doc, { fill: "mt" })).toContain('<meta name="verso-unapproved-segments" content="79">');
    expect(html(doc, { fill: "latest" })).toContain(latest);
    expect(html(doc, { fill: "mt" })).not.toContain(latest);
  });
});

describe("html of a Markdown import", () => {
  it("writes each marker once: no '# ' in the heading, no '- ' in the item, no '> ' in the quote", () => {
    const doc = segmentedDocument("# Різні мрії\n\nIntro.\n\n## Part\n\n- First item.\n- Second\n\n> Quoted. Words.\n> More.\n", { format: "markdown" });
    const page = html(doc);
    expect(page).toContain("<h1>Різні мрії</h1>");
    expect(page).toContain("<h2>Part</h2>");
    expect(page).toContain("<ul>\n<li>First item.</li>\n<li>Second</li>\n</ul>");
    expect(page).toContain("<blockquote><p>Quoted. Words.\nMore.</p></blockquote>");
    expect(page).not.toMatch(/<(h1|h2|li|p)>[#>-]/);
  });

  it("writes a hard line break (two spaces or a backslash at the line's end) as <br>, without its marker; a soft one stays a space", () => {
    const text = "Roses are red,  \nviolets are blue.\\\nSugar is\nsweet. C:\\\\\nends.\n";
    expect(html(segmentedDocument(text, { format: "markdown" }))).toContain("<p>Roses are red,<br>\nviolets are blue.<br>\nSugar is\nsweet. C:\\\\\nends.</p>");
    expect(html(segmentedDocument(text, { format: "markdown" }), { fill: "mt", markUnapproved: true })).toContain('<p><mark class="unapproved">Roses are red,<br>\nviolets are blue.<br>\nSugar is\nsweet.</mark>');
    expect(html({ ...segmentedDocument(text, { format: "markdown" }), markdown: false })).not.toContain("<br>");
  });
});

describe("html marking unapproved sentences", () => {
  it("highlights every unapproved sentence, never an approved one, under a legend", () => {
    const doc = seedDocument();
    const page = html(doc, { fill: "latest", markUnapproved: true });
    expect(page).toContain('<p class="legend" role="note"><mark class="unapproved">Draft: 79 of 83 sentences are not approved; they are marked.</mark></p>');
    const marked = [...page.matchAll(/<mark class="unapproved">([^<]*)<\/mark>/g)].map((m) => m[1]);
    expect(marked).toHaveLength(79 + 1);
    expect(marked).toContain(escapeHtml(findSegment(doc, "We don't intend to attack").latest!));
    expect(page).toContain(`<p>${escapeHtml(findSegment(doc, "In Geneva at the initiative").approved!)}</p>`);
    expect(unbalancedTags(page)).toEqual([]);
  });

  it("marks nothing by default", () => {
    expect(html(seedDocument())).not.toContain("<mark");
  });
});

describe("html of a right-to-left target language", () => {
  it("sets the page's direction, so Arabic or Hebrew reads right to left with its punctuation at the end", () => {
    const doc = { ...segmentedDocument("عنوان المقال\n\nهذه جملة أولى. وهذه جملة ثانية!\n"), targetLanguage: "ar" };
    expect(html(doc)).toContain('<html lang="ar" dir="rtl">');
    expect(html({ ...doc, targetLanguage: "en" })).toContain('<html lang="en">');
  });

  it("keeps the English draft legend left to right on a right-to-left page, its full stop at the end", () => {
    const doc = { ...segmentedDocument("עמוד ראשון\n\nזה משפט. ועוד אחד!\n"), targetLanguage: "he" };
    expect(html(doc, { fill: "mt", markUnapproved: true })).toContain('<p class="legend" role="note" lang="en" dir="ltr"><mark class="unapproved">Draft: 3 of 3');
  });
});
