import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import xliff2js from "xliff/xliff2js";
import { GET } from "../app/documents/[id]/export/[format]/route";
import { getDb } from "../lib/db";
import { createAnnotation } from "../lib/server/annotations/create-annotation";
import type { Actor } from "../lib/server/auth/permissions";
import { importDocument } from "../lib/server/documents/import-document";
import { exportDocument } from "../lib/server/export/export-document";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { getExportSummary } from "../lib/server/report/get-export-summary";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { rejectProposal } from "../lib/server/reviews/reject-proposal";
import { createTestActor, uniqueTitle } from "./factories";
import { sessionHeaders } from "./sign-in";

const TEXT = "Talks in Geneva\n\nThe meeting borrowed an hour. Lavrov spoke. Blinken listened.\n";
const SOURCES = ["Переговоры в Женеве", "Встреча длилась час.", "Лавров выступил.", "Блинкен слушал."];
const text = (body: string | Uint8Array) => (typeof body === "string" ? body : new TextDecoder().decode(body));

async function segmentsOf(documentId: number) {
  return getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" } });
}

async function propose(editor: Actor, segmentId: number, proposal: string) {
  const { version } = await getDb().segment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } });
  return (await submitProposal({ actor: editor, segmentId, text: proposal, expectedVersion: version })).proposalId;
}

describe("export options and what each export holds", { timeout: 180_000 }, () => {
  let admin: Actor;
  let editor: Actor;
  let reviewer: Actor;
  let documentId: number;

  beforeAll(async () => {
    [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
    ({ id: documentId } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(TEXT), input: { title: uniqueTitle("Options") } }));
    const [, meeting, lavrov, blinken] = await segmentsOf(documentId);
    await approveProposal({ actor: reviewer, proposalId: await propose(editor, meeting.id, "The meeting lasted an hour.") });
    await createAnnotation({ actor: editor, segmentId: meeting.id, fields: { start: 12, end: 20, category: "Accuracy", subcategory: "Mistranslation", severity: "Major" } });
    await rejectProposal({ actor: reviewer, proposalId: await propose(editor, lavrov.id, "Lavrov REJECTED."), reason: "Worse than the MT." });
    // Reviewed and approved as it was: a segment without errors.
    await approveProposal({ actor: reviewer, proposalId: await propose(editor, blinken.id, blinken.mtText) });
  });

  test("fill latest never uses a rejected proposal, and the page does not count it", async () => {
    for (const format of ["txt", "tmx", "triplets", "xliff", "mqm-tsv"]) {
      const file = await exportDocument({ actor: reviewer, documentId, format, fill: "latest" });
      expect(text(file.body), format).not.toContain("REJECTED");
    }
    expect((await getExportSummary({ actor: reviewer, documentId }))?.withProposal).toBe(0);
  });

  test("a monolingual document's XLIFF declares the MT's language on both sides and holds the MT as source", async () => {
    const file = await exportDocument({ actor: reviewer, documentId, format: "xliff" });
    const parsed = await xliff2js(text(file.body));
    expect([parsed.sourceLanguage, parsed.targetLanguage]).toEqual(["en", "en"]);
    const [, meeting] = await segmentsOf(documentId);
    expect(parsed.resources[`doc${documentId}`][`s${meeting.id}`].source).toBe(meeting.mtText);
    const tu = text((await exportDocument({ actor: reviewer, documentId, format: "tmx" })).body);
    expect(tu).toContain('srclang="en-x-mt"');
  });

  test("the MQM TSV has a No-error row for the reviewed segment without flags, emails or pseudonyms for raters", async () => {
    const rows = (body: string | Uint8Array) => text(body).trimEnd().split("\n").slice(1).map((line) => line.split("\t"));
    const withEmails = rows((await exportDocument({ actor: reviewer, documentId, format: "mqm-tsv" })).body);
    expect(withEmails.map((row) => [row[2], row[4], row[7]])).toEqual([
      ["2", editor.email, "Accuracy/Mistranslation"],
      ["3", reviewer.email, "No-error"],
      ["4", reviewer.email, "No-error"],
    ]);
    expect(withEmails[0][6]).toBe("The meeting <v>borrowed</v> an hour.");
    expect(withEmails[0][5]).toBe("The meeting borrowed an hour.");

    const anonymous = await exportDocument({ actor: reviewer, documentId, format: "mqm-tsv", raters: "anonymous" });
    const again = await exportDocument({ actor: reviewer, documentId, format: "mqm-tsv", raters: "anonymous" });
    expect(text(anonymous.body)).not.toMatch(/@test\.local/);
    expect(text(anonymous.body)).toBe(text(again.body));
    const raters = rows(anonymous.body).map((row) => row[4]);
    expect(raters[0]).toMatch(/^rater-[0-9a-f]{10}$/);
    expect(raters[1]).toBe(raters[2]);
    expect(raters[0]).not.toBe(raters[1]);
    for (const format of ["xliff", "xliff12", "tmx"]) {
      expect(text((await exportDocument({ actor: reviewer, documentId, format, raters: "anonymous" })).body), format).not.toMatch(/@test\.local/);
    }
  });

  test("bad option values are a 400, not a file", async () => {
    await expect(exportDocument({ actor: reviewer, documentId, format: "txt", raters: "everyone" })).rejects.toMatchObject({ status: 400 });
    const response = await GET(new Request(`http://localhost:3000/documents/${documentId}/export/mqm-tsv?raters=x`, { headers: await sessionHeaders(reviewer) }), {
      params: Promise.resolve({ id: String(documentId), format: "mqm-tsv" }),
    });
    expect(response.status).toBe(400);
  });

  test("the download route marks unapproved sentences when asked", async () => {
    const download = async (query: string) =>
      (
        await GET(new Request(`http://localhost:3000/documents/${documentId}/export/html${query}`, { headers: await sessionHeaders(reviewer) }), {
          params: Promise.resolve({ id: String(documentId), format: "html" }),
        })
      ).text();
    const marked = await download("?mark=unapproved");
    expect(marked).toContain("Draft: 2 of 4 sentences are not approved; they are marked.");
    expect(marked).toContain('<mark class="unapproved">Lavrov spoke.</mark>');
    expect(marked).not.toContain('<mark class="unapproved">The meeting lasted an hour.</mark>');
    expect(await download("")).not.toContain("<mark");
  });

  test("a bilingual document's exports carry its source sentences and languages", async () => {
    const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(TEXT), input: { title: uniqueTitle("Bilingual") } });
    const segments = await segmentsOf(id);
    await getDb().document.update({ where: { id }, data: { sourceText: SOURCES.join("\n"), sourceLanguage: "ru", targetLanguage: "en" } });
    for (const [i, segment] of segments.entries()) await getDb().segment.update({ where: { id: segment.id }, data: { sourceText: SOURCES[i] } });
    await approveProposal({ actor: reviewer, proposalId: await propose(editor, segments[1].id, "The meeting lasted an hour.") });
    await createAnnotation({ actor: reviewer, segmentId: segments[1].id, fields: { start: 12, end: 20, category: "Accuracy", subcategory: "Mistranslation", severity: "Major" } });

    const xliff = await xliff2js(text((await exportDocument({ actor: reviewer, documentId: id, format: "xliff" })).body));
    expect([xliff.sourceLanguage, xliff.targetLanguage]).toEqual(["ru", "en"]);
    expect(Object.values(xliff.resources[`doc${id}`]).map((unit) => unit.source)).toEqual(SOURCES);
    const xliff12 = text((await exportDocument({ actor: reviewer, documentId: id, format: "xliff12" })).body);
    expect(xliff12).toContain('source-language="ru" target-language="en"');
    expect(xliff12).toContain("<source>Встреча длилась час.</source>");
    const tmx = text((await exportDocument({ actor: reviewer, documentId: id, format: "tmx" })).body);
    expect(tmx).toContain('srclang="ru"');
    expect(tmx).toMatch(/<tuv xml:lang="ru">\s*<seg>Встреча длилась час\.<\/seg>/);
    const [triplet] = text((await exportDocument({ actor: reviewer, documentId: id, format: "triplets" })).body).trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(triplet).toEqual({ doc: id, segment: segments[1].id, order: 2, src: "Встреча длилась час.", mt: segments[1].mtText, pe: "The meeting lasted an hour." });
    const [, row] = text((await exportDocument({ actor: reviewer, documentId: id, format: "mqm-tsv" })).body).split("\n");
    expect(row.split("\t")[5]).toBe("Встреча длилась час.");
  });

  test("a file with bare CR line ends comes back with CR", async () => {
    const bytes = new TextEncoder().encode("Title\r\rOne sentence. Two sentences.\rThird line.\r");
    const { id } = await importDocument({ actor: admin, bytes, input: { title: uniqueTitle("Classic Mac") } });
    expect((await getDb().document.findUniqueOrThrow({ where: { id }, select: { cr: true, crlf: true } })).cr).toBe(true);
    const file = await exportDocument({ actor: reviewer, documentId: id, format: "txt" });
    expect(Buffer.from(text(file.body)).equals(Buffer.from(bytes))).toBe(true);
  });

  test("a Markdown import's hard line breaks come back in its Markdown export as they were written", async () => {
    const poem = "# Roses\n\nRoses are red,  \nviolets are blue.\\\nSugar is sweet.\n";
    const bytes = new TextEncoder().encode(poem);
    const { id } = await importDocument({ actor: admin, bytes, fileName: "poem.md", input: { title: uniqueTitle("Poem"), format: "markdown" } });
    expect(text((await exportDocument({ actor: reviewer, documentId: id, format: "md" })).body)).toBe(poem);
  });

  test("the download of a title with й keeps it in filename* and falls back to ASCII", async () => {
    const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(TEXT), input: { title: "Мой край" } });
    const response = await GET(new Request(`http://localhost:3000/documents/${id}/export/txt`, { headers: await sessionHeaders(reviewer) }), {
      params: Promise.resolve({ id: String(id), format: "txt" }),
    });
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="___-____.txt"; filename*=UTF-8''${encodeURIComponent("мой-край.txt")}`);
  });

  test("the CLI takes --format xliff12, --raters anonymous and --mark-unapproved", () => {
    const out = join(mkdtempSync(join(tmpdir(), "verso-export-")), "doc.tsv");
    const run = (...args: string[]) =>
      spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", "export", String(documentId), ...args, "--as", admin.email], {
        env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
        encoding: "utf8",
      });
    const tsv = run("--format", "mqm-tsv", "--raters", "anonymous", "--out", out);
    expect(tsv.stderr).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/\trater-[0-9a-f]{10}\t/);
    expect(readFileSync(out, "utf8")).not.toContain("@test.local");
    const md = run("--format", "md", "--mark-unapproved");
    expect(md.stdout).toContain("<mark>Lavrov spoke.</mark>");
    const xliff12 = run("--format", "xliff12");
    expect(xliff12.stdout).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">');
    const bad = run("--format", "txt", "--raters", "some");
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--raters is emails or anonymous/);
  });
});
