import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { exportDocument } from "@/lib/server/export/export-document";
import { createTestActor, uniqueTitle } from "../../../tests/factories";
import { importDocument } from "./import-document";
import { importIntoDocument } from "./import-into-document";

const encode = (text: string) => new TextEncoder().encode(text);
const ARTICLE = "The meeting borrowed an hour and a half. Lavrov spoke first.\n\nThese include Bulgaria and Romania.\n";

let admin: Actor, editor: Actor;
beforeAll(async () => {
  [admin, editor] = await Promise.all([createTestActor("admin"), createTestActor("editor")]);
});

async function segmentsOf(documentId: number) {
  return getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" }, include: { currentProposal: true } });
}

async function exported(documentId: number, format: "xliff" | "xliff12") {
  return (await exportDocument({ actor: admin, documentId, format })).body as string;
}

describe("importIntoDocument", () => {
  test.each(["xliff", "xliff12"] as const)("a %s export of a text document, edited elsewhere, comes back as a proposal where a target changed", async (format) => {
    const { id } = await importDocument({ actor: admin, bytes: encode(ARTICLE), input: { title: uniqueTitle("Round trip") } });
    const edited = (await exported(id, format)).replaceAll(">The meeting borrowed an hour and a half.<", ">The meeting lasted an hour and a half.<");
    const result = await importIntoDocument({ actor: admin, documentId: id, bytes: encode(edited), fileName: "edited.xlf" });
    expect(result).toMatchObject({ documentId: id, units: 3, proposals: 1 });
    const segments = await segmentsOf(id);
    expect(segments.map((s) => s.currentProposal?.text ?? null)).toEqual(["The meeting lasted an hour and a half.", null, null]);
    expect(segments[0]).toMatchObject({ status: "proposed", version: 1 });
    expect(segments[0].currentProposal!.authorId).toBe(admin.id);
    expect(await getDb().document.count({ where: { title: { startsWith: "edited" } } })).toBe(0);
  });

  test("an imported XLIFF file, exported and edited in a CAT tool, updates its own document, placeholders and all", async () => {
    const { id } = await importDocument({ actor: admin, bytes: new Uint8Array(readFileSync("tests/fixtures/cat/okapi-1.2.xlf")), input: { title: uniqueTitle("CAT round trip") } });
    const edited = (await exported(id, "xliff")).replace("The meeting borrowed", "The meeting lasted");
    expect(await importIntoDocument({ actor: admin, documentId: id, bytes: encode(edited) })).toMatchObject({ proposals: 1 });
    const meeting = (await segmentsOf(id))[1];
    expect(meeting.currentProposal!.text).toBe(meeting.mtText.replace("borrowed", "lasted"));
    // The same file again changes nothing: its targets are the current texts now.
    expect(await importIntoDocument({ actor: admin, documentId: id, bytes: encode(edited) })).toMatchObject({ proposals: 0 });
  });

  test("a CAT file whose units have ids of their own comes back through Verso's generated XLIFF (TMX as XLIFF, 2.0 as 1.2)", async () => {
    const tmx = '<?xml version="1.0"?><tmx version="1.4"><header srclang="ru" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>'
      + '<tu tuid="a1"><tuv xml:lang="ru"><seg>Встреча длилась полтора часа.</seg></tuv><tuv xml:lang="en"><seg>The meeting borrowed an hour and a half.</seg></tuv></tu>'
      + '<tu tuid="a2"><tuv xml:lang="ru"><seg>Лавров выступил первым.</seg></tuv><tuv xml:lang="en"><seg>Lavrov spoke first.</seg></tuv></tu></body></tmx>';
    const { id: fromTmx } = await importDocument({ actor: admin, bytes: encode(tmx), fileName: "pairs.tmx", input: { title: uniqueTitle("TMX round trip") } });
    const { id: fromXliff2 } = await importDocument({ actor: admin, bytes: new Uint8Array(readFileSync("tests/fixtures/cat/okapi-2.0.xlf")), input: { title: uniqueTitle("2.0 as 1.2") } });
    for (const [id, format] of [[fromTmx, "xliff"], [fromTmx, "xliff12"], [fromXliff2, "xliff12"]] as const) {
      const edited = (await exported(id, format)).replace(/>The meeting borrowed /, ">The meeting lasted ");
      await importIntoDocument({ actor: admin, documentId: id, bytes: encode(edited) });
    }
    for (const id of [fromTmx, fromXliff2]) {
      const meeting = (await segmentsOf(id)).find((segment) => segment.mtText.startsWith("The meeting borrowed"))!;
      expect(meeting.currentProposal!.text).toBe(meeting.mtText.replace("borrowed", "lasted"));
    }
  });

  test.each(["xliff", "xliff12"] as const)("a %s export of an HTML page writes its tags as inline codes, and an edited file comes back with them", async (format) => {
    const page = '<p>The meeting <em>borrowed</em> an hour.<br>\nIt was in <a href="/h">Prezident hotel</a>.</p><p><em>We agree. We will sign.</em> Then he left.</p>';
    const { id } = await importDocument({ actor: admin, bytes: encode(page), fileName: "page.html", input: { title: uniqueTitle("HTML as XLIFF") } });
    const file = await exported(id, format);
    expect(file).not.toContain("⟦");
    if (format === "xliff") {
      expect(file).toContain('<source>The meeting <pc id="1" dataRefStart="d1" dataRefEnd="d1e">borrowed</pc> an hour.<ph id="2" dataRef="d2"/></source>');
      expect(file).toContain('<data id="d2">&lt;br&gt;</data>');
      expect(file).toContain('<source><sc id="1" isolated="yes" dataRef="d1"/>We agree.</source>');
      expect(file).toContain('<source>We will sign.<ec id="1" isolated="yes" dataRef="d1e"/></source>');
    } else {
      expect(file).toContain('<source>The meeting <bpt id="1">&lt;em&gt;</bpt>borrowed<ept id="1">&lt;/em&gt;</ept> an hour.<ph id="2">&lt;br&gt;</ph></source>');
      expect(file).toContain('<source><it id="1" pos="open">&lt;em&gt;</it>We agree.</source>');
    }
    const edited = file.replace(/(<target[^>]*>)It was in ([^]*?)Prezident hotel/, "$1It was held in the $2Hotel President");
    expect(await importIntoDocument({ actor: admin, documentId: id, bytes: encode(edited) })).toMatchObject({ proposals: 1 });
    const hotel = (await segmentsOf(id)).find((segment) => segment.mtText.startsWith("It was in"))!;
    expect(hotel.currentProposal!.text).toBe("It was held in the ⟦3⟧Hotel President⟦/3⟧.");
    const sign = (await segmentsOf(id)).find((segment) => segment.mtText.startsWith("We will sign"))!;
    expect(sign.currentProposal).toBeNull();
  });

  test("a file of another document, or with a lost inline code, is refused with a clear message and stores nothing", async () => {
    const { id: first } = await importDocument({ actor: admin, bytes: encode(ARTICLE), input: { title: uniqueTitle("First") } });
    const { id: second } = await importDocument({ actor: admin, bytes: encode(ARTICLE), input: { title: uniqueTitle("Second") } });
    const other = (await exported(first, "xliff")).replace("borrowed", "lasted");
    await expect(importIntoDocument({ actor: admin, documentId: second, bytes: encode(other) })).rejects.toMatchObject({
      code: "bad_input",
      message: expect.stringMatching(new RegExp(`^This file does not belong to document ${second}: 3 of its 3 units \\("s\\d+", "s\\d+", "s\\d+"\\) are not in it\\. Nothing was imported\\.$`)),
    });
    const { id: cat } = await importDocument({ actor: admin, bytes: new Uint8Array(readFileSync("tests/fixtures/cat/okapi-1.2.xlf")), input: { title: uniqueTitle("CAT lost code") } });
    const lost = (await exported(cat, "xliff")).replace('half.<x id="2" ctype="lb"/>This', "half. This");
    await expect(importIntoDocument({ actor: admin, documentId: cat, bytes: encode(lost) })).rejects.toThrow(
      'Unit "tu2": The proposal is missing the placeholder ⟦1⟧ (<x id="2" ctype="lb"/>); move placeholders, never delete them. Nothing was imported.',
    );
    const proposals = await getDb().proposal.count({ where: { segment: { documentId: { in: [first, second, cat] } } } });
    expect(proposals).toBe(0);
  });

  test("refuses a file that is not XLIFF, and a document that does not exist, each with its own message", async () => {
    const { id } = await importDocument({ actor: admin, bytes: encode(ARTICLE), input: { title: uniqueTitle("Not XLIFF") } });
    await expect(importIntoDocument({ actor: admin, documentId: id, bytes: encode("source\ttarget\na\tb\n") })).rejects.toThrow("Only an XLIFF file can update a document; this file reads as TSV.");
    const file = encode(await exported(id, "xliff"));
    await expect(importIntoDocument({ actor: admin, documentId: 2_000_000_000, bytes: file })).rejects.toMatchObject({ code: "not_found", message: "There is no document 2000000000." });
  });

  test("is an import: the admin may, the editor and the reviewer may not (the import page is the admin's)", async () => {
    const { id } = await importDocument({ actor: admin, bytes: encode(ARTICLE), input: { title: uniqueTitle("Into, who may") } });
    const file = encode((await exported(id, "xliff")).replaceAll("Lavrov spoke first.", "Lavrov spoke first, briefly."));
    const reviewer = await createTestActor("reviewer");
    for (const actor of [editor, reviewer]) await expect(importIntoDocument({ actor, documentId: id, bytes: file })).rejects.toMatchObject({ code: "forbidden" });
    await expect(importIntoDocument({ actor: admin, documentId: id, bytes: file })).resolves.toMatchObject({ proposals: 1 });
  });

  test("race: the same edited file imported twice at once makes one proposal, never two", async () => {
    const { id } = await importDocument({ actor: admin, bytes: encode(ARTICLE), input: { title: uniqueTitle("Race into") } });
    const edited = encode((await exported(id, "xliff")).replaceAll("Lavrov spoke first.", "Lavrov spoke first, Blinken second."));
    const outcomes = await Promise.allSettled([1, 2].map(() => importIntoDocument({ actor: admin, documentId: id, bytes: edited })));
    for (const outcome of outcomes) if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "conflict" });
    const lavrov = (await segmentsOf(id)).find((segment) => segment.mtText === "Lavrov spoke first.")!;
    expect(await getDb().proposal.count({ where: { segmentId: lavrov.id } })).toBe(1);
    expect(lavrov).toMatchObject({ version: 1, status: "proposed", currentProposal: { text: "Lavrov spoke first, Blinken second." } });
  });
});
