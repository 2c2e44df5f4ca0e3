import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { importBackup } from "@/lib/server/backup/import-backup";
import { getReadingView } from "@/lib/server/reading/get-reading-view";
import { exportDocument } from "@/lib/server/export/export-document";
import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { approveProposal } from "@/lib/server/reviews/approve-proposal";
import { mergeWithNext } from "@/lib/server/segments/merge-segments";
import { splitSegment } from "@/lib/server/segments/split-segment";
import { createTestActor, uniqueTitle } from "../../../tests/factories";
import { importDocument } from "./import-document";

const PAGE = readFileSync("tests/fixtures/html/geneva.html", "utf8");
const bytes = (text: string) => new TextEncoder().encode(text);

let admin: Actor, editor: Actor, reviewer: Actor;
beforeAll(async () => {
  [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
});

async function importPage(page = PAGE, fileName = "geneva.html") {
  const { id } = await importDocument({ actor: admin, bytes: bytes(page), fileName, input: { title: uniqueTitle("HTML") } });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  return { id, segments };
}

const exported = async (documentId: number, format: "html" | "txt" | "md") => {
  const file = await exportDocument({ actor: admin, documentId, format });
  return typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
};

describe("importing an HTML page", () => {
  test("its sentences are the page's visible text, tags as placeholders, script and head left out", async () => {
    const { id, segments } = await importPage();
    const texts = segments.map((segment) => segment.mtText);
    expect(texts).toContain("The meeting ⟦1⟧borrowed⟦/1⟧ an hour and a half and took place in Prezident hotel which is considered the special place for negotiations, the correspondent of The Moscow Post tells.");
    expect(texts).toContain("Security guarantees & NATO.");
    expect(texts.join(" ")).not.toMatch(/Not a sentence|<|&amp;|&#8217;/);
    const lavrov = segments.find((segment) => segment.mtText.includes("Sergei Lavrov"))!;
    expect(lavrov.inlineCodes).toEqual({ "⟦1⟧": '<a href="/people/lavrov">', "⟦/1⟧": "</a>" });
    const document = await getDb().document.findUniqueOrThrow({ where: { id }, select: { importFormat: true } });
    expect(document.importFormat).toBe("html");
  });

  test("an untouched HTML export gives back the page byte for byte, with a BOM and CRLF line ends too", async () => {
    const { id } = await importPage();
    expect(await exported(id, "html")).toBe(PAGE);
    const crlf = `\uFEFF${PAGE.replace(/\n/g, "\r\n")}`;
    const { id: other } = await importPage(crlf);
    const file = await exportDocument({ actor: admin, documentId: other, format: "html" });
    expect(file.body).toBe(crlf);
    expect(file.fileName).toMatch(/\.html$/);
  });

  test("an approved edit rewrites its paragraph with the tags in place; the other bytes stay", async () => {
    const { id, segments } = await importPage();
    const borrowed = segments.find((segment) => segment.mtText.startsWith("The meeting ⟦1⟧borrowed"))!;
    const { proposalId } = await submitProposal({ actor: editor, segmentId: borrowed.id, text: "The meeting ⟦1⟧lasted⟦/1⟧ an hour & a half.", expectedVersion: borrowed.version });
    await approveProposal({ actor: reviewer, proposalId });
    const page = await exported(id, "html");
    expect(page).toContain("<p>Diplomats discussed security guarantees in Europe, NATO and Ukraine. The meeting <em>lasted</em> an hour &amp; a half.</p>");
    expect(page.replace(/<p>Diplomats[\s\S]*?<\/p>/, "")).toBe(PAGE.replace(/<p>Diplomats[\s\S]*?<\/p>/, ""));
  });

  test("a page the reader now reads into other blocks than at import (before a fix of the reader) exports as a generated page", async () => {
    const { id } = await importPage("<p>See the map. It shows Geneva.</p>\n");
    // As an earlier reader saw "See <img> the map." (no space after the image), so that the blocks differ from today's runs.
    await getDb().document.update({ where: { id }, data: { originalBytes: bytes('<p>See <img src="map.png"> the map. It shows Geneva.</p>\n') } });
    const page = await exported(id, "html");
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain("See the map. It shows Geneva.");
  });

  test("a proposal must keep the sentence's placeholders", async () => {
    const { segments } = await importPage();
    const lavrov = segments.find((segment) => segment.mtText.includes("Sergei Lavrov"))!;
    await expect(submitProposal({ actor: editor, segmentId: lavrov.id, text: "In Geneva, Sergei Lavrov met Antony Blinken.", expectedVersion: lavrov.version })).rejects.toMatchObject({
      code: "bad_input",
      message: expect.stringContaining('⟦1⟧ (<a href="/people/lavrov">)'),
    });
  });

  test("the text, Markdown and generated exports carry no placeholders; a <br> breaks the line", async () => {
    const { id } = await importPage();
    const text = await exported(id, "txt");
    expect(text).not.toMatch(/⟦/);
    expect(text).toContain("The meeting borrowed an hour and a half");
    expect(text).toContain("is necessary.\nMeetings ended");
    const markdown = await exported(id, "md");
    expect(markdown).toContain("- The situation in Ukraine.");
    expect(markdown).toContain("is necessary.\\\nMeetings ended");
  });

  test("an image between two words keeps a space on each side, in the rewritten page and in the article formats", async () => {
    const page = '<h1>Map</h1>\n<p>See <img src="map.png" alt="Map"> the map. It shows Geneva.</p>\n';
    const { id, segments } = await importPage(page);
    const see = segments.find((segment) => segment.mtText.startsWith("See"))!;
    expect(see.mtText).toBe("See ⟦1⟧ the map.");
    const { proposalId } = await submitProposal({ actor: editor, segmentId: see.id, text: "See ⟦1⟧ the map below.", expectedVersion: see.version });
    await approveProposal({ actor: reviewer, proposalId });
    expect(await exported(id, "html")).toBe('<h1>Map</h1>\n<p>See <img src="map.png" alt="Map"> the map below. It shows Geneva.</p>\n');
    expect(await exported(id, "txt")).toBe("Map\n\nSee the map below. It shows Geneva.");
    expect(await exported(id, "md")).toContain("\nSee the map below. It shows Geneva.");
  });

  test("the reading view reads as the article, without placeholders", async () => {
    const { id, segments } = await importPage();
    const borrowed = segments.find((segment) => segment.mtText.startsWith("The meeting ⟦1⟧borrowed"))!;
    const { proposalId } = await submitProposal({ actor: editor, segmentId: borrowed.id, text: "The meeting ⟦1⟧lasted⟦/1⟧ an hour and a half.", expectedVersion: borrowed.version });
    await approveProposal({ actor: reviewer, proposalId });
    const view = (await getReadingView({ actor: editor, documentId: id }))!;
    const texts = view.blocks.flatMap((block) => block.segments.flatMap((segment) => [segment.mtText, segment.final]));
    expect(texts.filter((text) => text?.includes("⟦"))).toEqual([]);
    expect(texts).toContain("The meeting lasted an hour and a half.");
    expect(texts).toContain("Meetings ended without concrete results.");
  });

  test("split and merge give each sentence the codes of its own placeholders", async () => {
    const { id, segments } = await importPage("<p>First <b>bold</b> words and <i>more</i> here.</p>");
    const [only] = segments;
    await splitSegment({ actor: editor, segmentId: only.id, version: only.version, at: only.mtText.indexOf("and") });
    const [left, right] = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
    expect([left.mtText, right.mtText]).toEqual(["First ⟦1⟧bold⟦/1⟧ words", "and ⟦2⟧more⟦/2⟧ here."]);
    expect(left.inlineCodes).toEqual({ "⟦1⟧": "<b>", "⟦/1⟧": "</b>" });
    expect(right.inlineCodes).toEqual({ "⟦2⟧": "<i>", "⟦/2⟧": "</i>" });
    await expect(splitSegment({ actor: editor, segmentId: left.id, version: left.version, at: left.mtText.indexOf("⟦1⟧") + 1 })).rejects.toMatchObject({ code: "bad_input" });
    await mergeWithNext({ actor: editor, segmentId: left.id, version: left.version });
    const [merged] = await getDb().segment.findMany({ where: { documentId: id } });
    expect(merged.inlineCodes).toEqual({ "⟦1⟧": "<b>", "⟦/1⟧": "</b>", "⟦2⟧": "<i>", "⟦/2⟧": "</i>" });
    expect(await exported(id, "html")).toBe("<p>First <b>bold</b> words and <i>more</i> here.</p>");
  });

  test("an HTML page as the source of a text MT, and an HTML MT with a text source, make bilingual documents", async () => {
    const source = "<p>Встреча длилась <b>полтора</b> часа. Переговоры закончились.</p>";
    const mt = "The meeting borrowed an hour and a half. Negotiations ended.";
    const { id } = await importDocument({ actor: admin, bytes: bytes(mt), source: { bytes: bytes(source), fileName: "ru.html" }, input: { title: uniqueTitle("HTML source"), sourceLanguage: "ru", targetLanguage: "en" } });
    const rows = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
    expect(rows.map((row) => [row.sourceText, row.mtText])).toEqual([
      ["Встреча длилась ⟦1⟧полтора⟦/1⟧ часа.", "The meeting borrowed an hour and a half."],
      ["Переговоры закончились.", "Negotiations ended."],
    ]);
    const page = "<p>The meeting <b>borrowed</b> an hour and a half. Negotiations ended.</p>";
    const { id: other } = await importDocument({ actor: admin, bytes: bytes(page), fileName: "en.html", source: { bytes: bytes("Встреча длилась полтора часа. Переговоры закончились.") }, input: { title: uniqueTitle("HTML MT"), sourceLanguage: "ru", targetLanguage: "en" } });
    const aligned = await getDb().segment.findMany({ where: { documentId: other }, orderBy: { order: "asc" } });
    expect(aligned.map((row) => [row.sourceText, row.mtText, row.inlineCodes])).toEqual([
      ["Встреча длилась полтора часа.", "The meeting ⟦1⟧borrowed⟦/1⟧ an hour and a half.", { "⟦1⟧": "<b>", "⟦/1⟧": "</b>" }],
      ["Переговоры закончились.", "Negotiations ended.", null],
    ]);
    expect(await exported(other, "html")).toBe(page);
  });

  test("a page with no visible text is refused and stores nothing", async () => {
    const title = uniqueTitle("Empty page");
    await expect(importDocument({ actor: admin, bytes: bytes("<!DOCTYPE html><html><head><title>T</title></head><body><img src=x></body></html>"), input: { title } })).rejects.toMatchObject({
      code: "bad_input",
      message: "No sentences were found in the text.",
    });
    expect(await getDb().document.count({ where: { title } })).toBe(0);
  });

  test("a backup of an HTML import restores a document that still exports the page, each sentence with its placeholders", async () => {
    const { id } = await importPage();
    const backup = (await exportDocument({ actor: admin, documentId: id, format: "backup" })).body as string;
    const restored = await importBackup({ actor: admin, json: backup });
    expect(await exported(restored.id, "html")).toBe(PAGE);
    const codes = async (documentId: number) => (await getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" }, select: { inlineCodes: true } })).map((row) => row.inlineCodes);
    expect(await codes(restored.id)).toEqual(await codes(id));
    expect((await codes(id)).filter(Boolean).length).toBeGreaterThan(3);
  });
});
