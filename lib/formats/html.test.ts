import { describe, expect, it } from "vitest";
import { findSegment } from "./fixtures/build-document";
import { seedDocument } from "./fixtures/seed-document";
import { trickyDocument } from "./fixtures/tricky-document";
import { html } from "./html";

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
    expect(page).toContain("<h1># Breaking: &lt;script&gt;alert(\"title\")&lt;/script&gt; &amp; Co.</h1>");
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
    expect(page).toContain("<ul>\n<li>- First &amp; foremost.</li>\n<li>1. Second &lt;i&gt;item&lt;/i&gt;.</li>\n</ul>");
    expect(page).toContain("<ul>\n<li>Third, alone.</li>\n</ul>");
    expect(page).toContain('<p class="dateline">*05* December 2023</p>');
    expect(page).toContain("<blockquote><p>Quoted words.</p></blockquote>");
  });

  it("records the unapproved count and fills with the chosen text", () => {
    const doc = seedDocument();
    const latest = findSegment(doc, "We don't intend to attack").latest ?? "";
    expect(html(doc, { fill: "mt" })).toContain('<meta name="verso-unapproved-segments" content="80">');
    expect(html(doc, { fill: "latest" })).toContain(latest);
    expect(html(doc, { fill: "mt" })).not.toContain(latest);
  });
});
