import { expect, test } from "vitest";
import { isHtmlPage } from "./html-page";

test("an HTML page is known by its DOCTYPE or first element, or by its name when it holds markup", () => {
  expect(isHtmlPage("<!DOCTYPE html>\n<html><body><p>Talks.</p></body></html>")).toBe(true);
  expect(isHtmlPage("\uFEFF  <!-- saved --> <HTML lang=en><p>Talks.</p>")).toBe(true);
  expect(isHtmlPage("<body><h1>Talks</h1></body>")).toBe(true);
  expect(isHtmlPage("<p>Talks in Geneva.</p>", "article.htm")).toBe(true);
  expect(isHtmlPage("Talks in Geneva.\n\nThe <b>meeting</b> lasted an hour.")).toBe(false);
  expect(isHtmlPage("Talks in Geneva.", "article.html")).toBe(false);
  expect(isHtmlPage("<p>Talks in Geneva.</p>")).toBe(false);
  expect(isHtmlPage("# Talks\n\n<body> is a tag.", "notes.md")).toBe(false);
});
