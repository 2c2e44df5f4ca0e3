import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectFormat, isVersoBackup } from "./detect-format";

const fixture = (name: string) => readFileSync(`tests/fixtures/cat/${name}`, "utf8");

describe("detectFormat", () => {
  it("knows XLIFF and TMX by their root element, whatever the file is called", () => {
    expect(detectFormat(fixture("okapi-1.2.xlf"), "upload.txt")).toBe("xliff");
    expect(detectFormat(fixture("okapi-2.0.xlf"), null)).toBe("xliff");
    expect(detectFormat(fixture("memory.tmx"), "memory.txt")).toBe("tmx");
    expect(detectFormat("<!-- exported -->\n<xliff version='1.2'/>")).toBe("xliff");
  });

  it("treats other XML as XML, so a DOCTYPE or a foreign root is refused rather than imported as text", () => {
    expect(detectFormat(fixture("billion-laughs.xlf"))).toBe("xliff");
    expect(detectFormat('<?xml version="1.0"?><lolz>&lol;</lolz>')).toBe("xml");
  });

  it("knows an HTML page by its DOCTYPE or first element, and a fragment by a block element first or its name", () => {
    expect(detectFormat("<!DOCTYPE html>\n<html><body><p>Talks.</p></body></html>")).toBe("html");
    expect(detectFormat("\uFEFF  <!-- saved --> <HTML lang=en><p>Talks.</p>")).toBe("html");
    expect(detectFormat('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toBe("html");
    expect(detectFormat("<body><h1>Talks</h1></body>", "upload.txt")).toBe("html");
    expect(detectFormat("<p>Talks in Geneva.</p>\n<p>Then lunch.</p>")).toBe("html");
    expect(detectFormat("<span>Talks</span> in Geneva.", "article.htm")).toBe("html");
    expect(detectFormat('<figure><img src="g.jpg"><figcaption>Geneva.</figcaption></figure>\n<p>Talks.</p>')).toBe("html");
    for (const root of ["nav", "aside", "footer", "dl", "pre"]) expect(detectFormat(`<${root}>Talks in Geneva.</${root}>`)).toBe("html");
    expect(detectFormat('<meta charset="utf-8">\n<title>Talks</title>\n<p>Talks in Geneva.</p>')).toBe("html");
    expect(detectFormat("<nav>Talks</nav>", "notes.md")).toBe("markdown");
    expect(detectFormat("Talks in Geneva.", "article.html")).toBe("text");
    expect(detectFormat("Talks in Geneva.\n\nThe <b>meeting</b> lasted an hour.")).toBe("text");
    expect(detectFormat('<p align="center">Logo</p>\n\n# Talks', "notes.md")).toBe("markdown");
    expect(detectFormat("<!DOCTYPE html><p>Talks.</p>", "notes.md")).toBe("html");
  });

  it("knows tables and JSON lines by their first line", () => {
    expect(detectFormat(fixture("wmt.tsv"), "wmt.txt")).toBe("tsv");
    expect(detectFormat(fixture("anthea.tsv"), "anthea.tsv")).toBe("tsv");
    expect(detectFormat(fixture("pairs.csv"), null)).toBe("csv");
    expect(detectFormat(fixture("pairs.jsonl"), null)).toBe("jsonl");
  });

  it("leaves plain text and Markdown as they were", () => {
    expect(detectFormat("The meeting lasted an hour and a half.", "a.txt")).toBe("text");
    expect(detectFormat("{curly} text", null)).toBe("text");
    expect(detectFormat("# Title\n\nText", "a.md")).toBe("markdown");
  });
});

describe("isVersoBackup", () => {
  it.each([
    ['{\n  "format": "verso-backup",\n  "version": 1,\n', true],
    ['\uFEFF  {"version": 1, "format" : "verso-backup", "document": {', true],
    ['{"format": "verso-backup", "version": 1, "document": {"title": ', true],
    ['{"src": "Привет", "mt": "Hello"}\n', false],
    ['The "format": "verso-backup" field names a backup.', false],
    ['{"format": "xliff-1.2"}', false],
  ])("%j is a backup: %s", (text, expected) => {
    expect(isVersoBackup(text)).toBe(expected);
  });
});
