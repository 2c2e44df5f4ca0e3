import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { parseXliff } from "@/lib/formats/cat/xliff-parse";
import type { Actor } from "@/lib/server/auth/permissions";
import { importBackup } from "@/lib/server/backup/import-backup";
import { exportDocument } from "@/lib/server/export/export-document";
import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { getReadingView } from "@/lib/server/reading/get-reading-view";
import { applyReplacement } from "@/lib/server/propagation/apply-replacement";
import { previewReplacement } from "@/lib/server/propagation/preview-replacement";
import { approveProposal } from "@/lib/server/reviews/approve-proposal";
import { editAndApprove } from "@/lib/server/reviews/edit-and-approve";
import { mergeWithNext } from "@/lib/server/segments/merge-segments";
import { splitSegment } from "@/lib/server/segments/split-segment";
import { canonicalXml } from "../../../tests/canonical-xml";
import { createTestActor, uniqueTitle } from "../../../tests/factories";
import { importDocument } from "./import-document";

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/cat/${name}`));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

let admin: Actor, editor: Actor, reviewer: Actor;
beforeAll(async () => {
  [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
});

async function importFixture(name: string, fileName = name) {
  const title = uniqueTitle(`CAT ${name}`);
  const { id } = await importDocument({ actor: admin, bytes: fixture(name), fileName, input: { title } });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  return { id, segments };
}

async function approve(segment: { id: number; version: number }, text: string) {
  const { proposalId } = await submitProposal({ actor: editor, segmentId: segment.id, text, expectedVersion: segment.version });
  await approveProposal({ actor: reviewer, proposalId });
}

describe.each([
  ["okapi-1.2.xlf", "1.2", 'state="needs-review-translation"'],
  ["okapi-2.0.xlf", "2.0", 'state="translated"'],
] as const)("XLIFF %s", (name, version, meetingState) => {
  test("becomes one segment per translatable unit with source, MT and placeholders; read-only parts are kept", async () => {
    const { id, segments } = await importFixture(name, "upload.txt");
    const parsed = parseXliff(text(fixture(name)));
    expect(segments.map((s) => [s.unitId, s.sourceText, s.mtText])).toEqual(parsed.units.map((u) => [u.key, u.source, u.target]));
    expect(segments[0].inlineCodes).toEqual(parsed.units[0].codes);
    const document = await getDb().document.findUniqueOrThrow({ where: { id } });
    expect(document.importFormat).toBe(`xliff-${version}`);
    expect(document.catExtras).toMatchObject({ skeleton: expect.stringMatching(/\.skl$/), readOnly: expect.arrayContaining([expect.objectContaining({ reason: "translate-no" })]) });
  });

  test("exports untouched as the imported file, byte for byte (so XML-equivalent)", async () => {
    const { id } = await importFixture(name);
    const file = await exportDocument({ actor: admin, documentId: id, format: "xliff" });
    expect(file.body).toBe(text(fixture(name)));
    expect(canonicalXml(file.body as string)).toBe(canonicalXml(text(fixture(name))));
  });

  test("exports approved targets with their codes and state final, and nothing else changed", async () => {
    const { id, segments } = await importFixture(name);
    const meeting = segments[1];
    await approve(meeting, meeting.mtText.replace("borrowed", "lasted"));
    const file = (await exportDocument({ actor: admin, documentId: id, format: "xliff" })).body as string;
    const units = parseXliff(file).units;
    expect(units[1].target).toBe(meeting.mtText.replace("borrowed", "lasted"));
    expect(units[1].codes).toEqual(meeting.inlineCodes);
    expect(file.match(/state="final"/g)).toHaveLength(1);
    // Undo the one word and the one state, and the file is the imported one, byte for byte.
    expect(file.replace("lasted", "borrowed").replace('state="final"', meetingState)).toBe(text(fixture(name)));
  });

  test("refuses a proposal or a review edit that loses or breaks a placeholder, naming it", async () => {
    const { segments } = await importFixture(name);
    const title = segments[0];
    const lost = title.mtText.replace("⟦/1⟧", "");
    await expect(submitProposal({ actor: editor, segmentId: title.id, text: lost, expectedVersion: 0 })).rejects.toMatchObject({
      code: "bad_input",
      message: expect.stringMatching(/^The proposal is missing the placeholder ⟦\/1⟧ \(<\/(g|pc)>\)/),
    });
    const { proposalId } = await submitProposal({ actor: editor, segmentId: title.id, text: title.mtText.replace("Different", "Distinct"), expectedVersion: 0 });
    await expect(editAndApprove({ actor: reviewer, proposalId, text: title.mtText.replace("⟦1⟧", "⟦1") })).rejects.toMatchObject({
      code: "bad_input",
      message: expect.stringMatching(/^The placeholder "⟦1" is broken/),
    });
    expect(await getDb().proposal.count({ where: { segmentId: title.id } })).toBe(1);
  });

  test("find and replace leaves alone a sentence whose placeholder it would remove, and says why", async () => {
    const { id, segments } = await importFixture(name);
    const title = segments[0];
    const { changes } = await previewReplacement({ actor: editor, documentId: id, query: { find: "⟦/1⟧", replace: "" } });
    const chosen = changes.map((change) => ({ segmentId: change.segmentId, expectedVersion: change.version }));
    expect(changes.find((change) => change.segmentId === title.id)?.held).toBe("placeholders");
    const outcome = await applyReplacement({ actor: editor, documentId: id, query: { find: "⟦/1⟧", replace: "" }, segments: chosen });
    expect(outcome.applied).toEqual([]);
    expect(outcome.skipped).toContainEqual({ segmentId: title.id, order: title.order, reason: "placeholders" });
    expect(await getDb().proposal.count({ where: { segmentId: title.id } })).toBe(0);
  });
});

describe("the article of an XLIFF file", () => {
  test("reads as it exports: no space where a <bx/>…<ex/> pair stood, a line break at ctype=\"lb\"", async () => {
    const xliff = '<?xml version="1.0"?><xliff version="1.2"><file source-language="ru" target-language="en" datatype="plaintext" original="a"><body>'
      + '<trans-unit id="1"><source>Слово <bx id="1"/>МИД<ex id="2"/>а.<x id="3" ctype="lb"/>Конец.</source><target>The <bx id="1"/>Foreign Ministry<ex id="2"/>\'s word.<x id="3" ctype="lb"/>The end.</target></trans-unit>'
      + "</body></file></xliff>";
    const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(xliff), fileName: "a.xlf", input: { title: uniqueTitle("XLIFF article") } });
    const view = (await getReadingView({ actor: editor, documentId: id }))!;
    expect(view.blocks[0].segments[0].mtText).toBe("The Foreign Ministry's word. The end.");
    const article = (await exportDocument({ actor: admin, documentId: id, format: "txt" })).body as string;
    expect(article).toBe("The Foreign Ministry's word.\nThe end.");
  });
});

describe("other bilingual files", () => {
  test.each([
    ["memory.tmx", 2, "Переговоры прошли в отеле «Президент».", "The talks took place at the Hotel President."],
    ["wmt.tsv", 2, "Встреча длилась полтора часа.", "The meeting borrowed an hour and a half."],
    ["anthea.tsv", 2, "Переговоры прошли в отеле «Президент».", "Negotiations took place in Prezident hotel."],
    ["pairs.csv", 2, "Лавров, Блинкен и их команды.", "Lavrov, Blinken and their teams."],
    ["pairs.jsonl", 2, "Переговоры прошли в отеле «Президент».", "Negotiations took place in Prezident hotel."],
  ])("%s becomes a bilingual document of %i segments", async (name, count, source, mt) => {
    const { id, segments } = await importFixture(name);
    expect(segments).toHaveLength(count);
    expect(segments.some((s) => s.sourceText === source && s.mtText === mt)).toBe(true);
    const document = await getDb().document.findUniqueOrThrow({ where: { id } });
    expect(document.sourceText).toContain(source);
  });

  test("a TSV's single system becomes the provenance", async () => {
    const { id } = await importFixture("wmt.tsv");
    expect((await getDb().document.findUniqueOrThrow({ where: { id } })).provenance).toBe("online-A");
  });
});

describe("bad files give one clear message and store nothing", () => {
  test.each([
    ["billion-laughs.xlf", /declares a DOCTYPE/],
    ["xxe.xlf", /declares a DOCTYPE/],
    ["not-well-formed.xlf", /^The file is not well-formed XML: line 4, column 71: unexpected close tag\.$/],
    ["unknown-version.xlf", /^XLIFF version "3.0" is not supported/],
    ["missing-column.tsv", /^The TSV file has no "target" column/],
  ])("%s", async (name, message) => {
    const title = uniqueTitle(`Bad ${name}`);
    await expect(importDocument({ actor: admin, bytes: fixture(name), fileName: name, input: { title } })).rejects.toMatchObject({ code: "bad_input", message: expect.stringMatching(message) });
    expect(await getDb().document.count({ where: { title } })).toBe(0);
  });

  test("an XML file that is neither XLIFF nor TMX is refused, not imported as text", async () => {
    const title = uniqueTitle("Bad XML");
    const bytes = new TextEncoder().encode('<?xml version="1.0"?>\n<lolz>lol</lolz>\n');
    await expect(importDocument({ actor: admin, bytes, fileName: "lolz.txt", input: { title } })).rejects.toThrow("This XML file is neither XLIFF nor TMX (its root element is <lolz>).");
    expect(await getDb().document.count({ where: { title } })).toBe(0);
  });
});

describe("a segment from a file's unit", () => {
  test("keeps its boundaries: split and merge are refused", async () => {
    const { segments } = await importFixture("okapi-2.0.xlf");
    const editor = await createTestActor("editor");
    const meeting = segments[1];
    await expect(splitSegment({ actor: editor, segmentId: meeting.id, at: meeting.mtText.indexOf(" borrowed"), version: 0 })).rejects.toThrow(
      `Sentence ${meeting.order} is a unit of the imported file; its boundaries are the file's and cannot be changed here.`,
    );
    await expect(mergeWithNext({ actor: editor, segmentId: meeting.id, version: 0 })).rejects.toThrow(/is a unit of the imported file/);
  });
});

describe("backup of a document imported from XLIFF", () => {
  test("carries the file's units, placeholders and read-only parts: restored, it exports the same XLIFF and backup", async () => {
    const { id, segments } = await importFixture("okapi-1.2.xlf");
    await approve(segments[1], segments[1].mtText.replace("borrowed", "lasted"));
    const backup = (await exportDocument({ actor: admin, documentId: id, format: "backup" })).body as string;
    const restored = await importBackup({ actor: admin, json: backup });
    const xliff = async (documentId: number) => (await exportDocument({ actor: admin, documentId, format: "xliff" })).body;
    expect(await xliff(restored.id)).toBe(await xliff(id));
    expect(await xliff(restored.id)).toContain("The meeting lasted an hour");
    const again = (await exportDocument({ actor: admin, documentId: restored.id, format: "backup" })).body as string;
    expect(JSON.parse(again).segments).toEqual(JSON.parse(backup).segments);
    expect(JSON.parse(again).document.file).toEqual(JSON.parse(backup).document.file);
    expect(JSON.parse(backup).document.file).toMatchObject({ format: "xliff-1.2", extras: { skeleton: "geneva.html.skl" } });
  });
});

test("the post-editing triplets of a document without a source (src null) import back as a document without one", async () => {
  const encode = (value: string) => new TextEncoder().encode(value);
  const { id } = await importDocument({ actor: admin, bytes: encode("Lavrov spoke first. Blinken answered.\n"), input: { title: uniqueTitle("Triplets back") } });
  const [first] = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  const { proposalId } = await submitProposal({ actor: editor, segmentId: first.id, text: "Lavrov spoke first, briefly.", expectedVersion: 0 });
  await approveProposal({ actor: reviewer, proposalId });
  const triplets = (await exportDocument({ actor: admin, documentId: id, format: "triplets" })).body as string;
  expect(JSON.parse(triplets.split("\n")[0])).toMatchObject({ src: null, mt: "Lavrov spoke first." });
  const { id: back } = await importDocument({ actor: admin, bytes: encode(triplets), fileName: "triplets.jsonl", input: { title: uniqueTitle("Triplets imported") } });
  const document = await getDb().document.findUniqueOrThrow({ where: { id: back }, include: { segments: true } });
  expect(document.sourceText).toBeNull();
  expect(document.segments.map((segment) => [segment.mtText, segment.sourceText])).toEqual([["Lavrov spoke first.", null]]);
});
