import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { parseTmx } from "@/lib/formats/tmx-parse";
import { createTestActor } from "../../../tests/factories";
import { approveText, importSentences, uniqueWord } from "../../../tests/tm-fixtures";
import { exportTm } from "./export-tm";
import { MAX_TMX_BYTES } from "@/lib/formats/tmx-bytes";
import { findTmMatches } from "./find-tm-matches";
import { deleteImportedTmEntries } from "./delete-imported-entries";
import { importTm } from "./import-tm";

let editor: Actor, reviewer: Actor, admin: Actor;
beforeAll(async () => {
  [editor, reviewer, admin] = await Promise.all([createTestActor("editor"), createTestActor("reviewer"), createTestActor("admin")]);
});

const unitsOf = (lang: string, pairs: [string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="${lang}" datatype="plaintext"/><body>${pairs
    .map(([s, t], i) => `<tu tuid="u${i}" creationdate="20250102T030405Z"><tuv xml:lang="${lang}"><seg>${s}</seg></tuv><tuv xml:lang="en"><seg>${t}</seg></tuv></tu>`)
    .join("")}</body></tmx>`;

describe("TMX import and export", () => {
  test("an approved pair exports with its dates and id; the file imports back, adding nothing twice", async () => {
    const word = uniqueWord();
    const lang = `qaa-x-${word.toLowerCase().slice(3, 11)}`;
    const { segments } = await importSentences("TM export", [`Sentence of ${word} one.`]);
    await approveText(editor, reviewer, segments[0].id, `First sentence of ${word}.`);
    const imported = await importTm({ actor: admin, xml: unitsOf(lang, [[`Фраза ${word}`, `A phrase of ${word}`], [`Фраза ${word}`, `A phrase of ${word}`]]) });
    expect(imported).toMatchObject({ sourceLanguage: lang, targetLanguage: "en", units: 2, imported: 1, skipped: 1 });
    const { tmx, count } = await exportTm({ actor: reviewer, sourceLanguage: lang });
    expect(count).toBe(1);
    const parsed = parseTmx(tmx);
    expect(parsed).toEqual({ sourceLang: lang, targetLang: "en", units: [{ id: "u0", source: `Фраза ${word}`, target: `A phrase of ${word}`, creationDate: new Date("2025-01-02T03:04:05Z"), changeDate: new Date("2025-01-02T03:04:05Z") }] });
    expect(await importTm({ actor: reviewer, xml: tmx })).toMatchObject({ imported: 0, skipped: 1 });
    const found = await getDb().$transaction((tx) => findTmMatches(tx, { text: `Фраза ${word}`, sourceLanguage: lang, targetLanguage: "en" }));
    expect(found).toEqual([expect.objectContaining({ exact: true, targetText: `A phrase of ${word}`, documentId: null, segmentId: null })]);
    const approved = await exportTm({ actor: admin, sourceLanguage: "en-x-mt" });
    const entry = await getDb().translationMemoryEntry.findUniqueOrThrow({ where: { segmentId: segments[0].id } });
    expect(approved.tmx).toContain(`<tu tuid="tm${entry.id}"`);
    expect(parseTmx(approved.tmx).units).toContainEqual(expect.objectContaining({ source: `Sentence of ${word} one.`, target: `First sentence of ${word}.` }));
  });

  test("a document's TMX export (source, MT as en-x-mt, final text) imports the final text, not the MT", async () => {
    const word = uniqueWord();
    const lang = `qaa-x-${word.toLowerCase().slice(3, 11)}`;
    const xml = `<tmx version="1.4"><header srclang="${lang}"/><body><tu tuid="s1"><tuv xml:lang="${lang}"><seg>Фраза ${word}</seg></tuv><tuv xml:lang="en-x-mt"><seg>Phrase ${word} of the MT</seg></tuv><tuv xml:lang="en"><seg>The phrase ${word}, post-edited</seg></tuv></tu></body></tmx>`;
    expect(await importTm({ actor: admin, xml })).toMatchObject({ sourceLanguage: lang, targetLanguage: "en", imported: 1 });
    const entries = await getDb().translationMemoryEntry.findMany({ where: { sourceLanguage: lang }, select: { targetLanguage: true, targetText: true } });
    expect(entries).toEqual([{ targetLanguage: "en", targetText: `The phrase ${word}, post-edited` }]);
  });

  test("the whole memory's export, of several source languages (srclang *all*), imports back every pair", async () => {
    const word = uniqueWord();
    const [ru, mt] = [`qaa-x-${word.toLowerCase().slice(3, 11)}`, `qab-x-${word.toLowerCase().slice(3, 11)}`];
    const tu = (lang: string, source: string, target: string) => `<tu><tuv xml:lang="${lang}"><seg>${source}</seg></tuv><tuv xml:lang="en"><seg>${target}</seg></tuv></tu>`;
    const xml = `<tmx version="1.4"><header srclang="*all*"/><body>${tu(ru, `Фраза ${word}`, `A phrase ${word}`)}${tu(mt, `Phrase ${word} of the MT`, `The phrase ${word}`)}</body></tmx>`;
    expect(await importTm({ actor: admin, xml })).toMatchObject({ units: 2, imported: 2, skipped: 0 });
    const entries = await getDb().translationMemoryEntry.findMany({ where: { sourceLanguage: { in: [ru, mt] } }, orderBy: { id: "asc" }, select: { sourceLanguage: true, targetText: true } });
    expect(entries).toEqual([{ sourceLanguage: ru, targetText: `A phrase ${word}` }, { sourceLanguage: mt, targetText: `The phrase ${word}` }]);
  });

  test("a wrong import is undone: the pair's imported entries go, those from approvals and other pairs' stay, audited", async () => {
    const word = uniqueWord();
    const lang = `qaa-x-${word.toLowerCase().slice(3, 11)}`;
    const { segments } = await importSentences("TM undo", [`Sentence of ${word} one.`]);
    await approveText(editor, reviewer, segments[0].id, `First sentence of ${word}.`);
    await importTm({ actor: admin, xml: unitsOf(lang, [[`Фраза ${word}`, `A phrase of ${word}`], [`Другая ${word}`, `Another of ${word}`]]) });
    // The approval's entry, moved into the same pair: it has a sentence, so it stays.
    await getDb().translationMemoryEntry.update({ where: { segmentId: segments[0].id }, data: { sourceLanguage: lang, targetLanguage: "en" } });
    await expect(deleteImportedTmEntries({ actor: editor, sourceLanguage: lang, targetLanguage: "en" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await deleteImportedTmEntries({ actor: reviewer, sourceLanguage: lang, targetLanguage: "en" })).toEqual({ deleted: 2 });
    const left = await getDb().translationMemoryEntry.findMany({ where: { sourceLanguage: lang }, select: { segmentId: true } });
    expect(left).toEqual([{ segmentId: segments[0].id }]);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "tm.delete-imported", actorId: reviewer.id } });
    expect(audit.after).toEqual({ sourceLanguage: lang, targetLanguage: "en", deleted: 2 });
  });

  test("malformed, empty, DOCTYPE, unit-less and too large files get one message each and store nothing", async () => {
    const word = uniqueWord();
    const good = unitsOf("ru", [[`Фраза ${word}`, `Phrase ${word}`]]);
    const bad: [string, RegExp][] = [
      [good.replace("</body>", ""), /not well-formed/],
      ["   ", /empty/],
      [good.replace("<tmx", `<!DOCTYPE tmx [<!ENTITY e "${word}">]><tmx`), /DOCTYPE/],
      [unitsOf("ru", []), /no translation unit/],
      [good + " ".repeat(MAX_TMX_BYTES), /MiB/],
      [good.replaceAll('"ru"', '"not a tag!"'), /not a language tag/],
    ];
    for (const [xml, message] of bad) await expect(importTm({ actor: admin, xml })).rejects.toMatchObject({ message: expect.stringMatching(message) });
    expect(await getDb().translationMemoryEntry.count({ where: { targetText: `Phrase ${word}` } })).toBe(0);
  });

  test("a unit whose source or target is empty is skipped, not stored as a pair that can never match", async () => {
    const word = uniqueWord();
    const lang = `qaa-x-${word.toLowerCase().slice(3, 11)}`;
    const xml = unitsOf(lang, [[`Фраза ${word}`, `A phrase of ${word}`], ["", `Nothing of ${word}`], [`Пусто ${word}`, "  "], [`<ph x="1"/>`, `Tag of ${word}`]]);
    expect(await importTm({ actor: admin, xml })).toMatchObject({ units: 4, imported: 1, skipped: 3 });
    const entries = await getDb().translationMemoryEntry.findMany({ where: { sourceLanguage: lang }, select: { sourceText: true } });
    expect(entries).toEqual([{ sourceText: `Фраза ${word}` }]);
  });

  test("a TMX in regional tags (ru-RU → en-US, as CAT tools write) matches a document in plain ones (ru → en), and back", async () => {
    const word = uniqueWord();
    const lang = word.toLowerCase().slice(3, 11);
    const xml = `<tmx version="1.4"><header srclang="${lang}-RU"/><body><tu><tuv xml:lang="${lang}-RU"><seg>Фраза ${word}</seg></tuv><tuv xml:lang="en-US"><seg>A phrase of ${word}</seg></tuv></tu></body></tmx>`;
    expect(await importTm({ actor: admin, xml })).toMatchObject({ sourceLanguage: `${lang}-RU`, targetLanguage: "en-US", imported: 1 });
    const find = (sourceLanguage: string, targetLanguage: string) => getDb().$transaction((tx) => findTmMatches(tx, { text: `Фраза ${word}`, sourceLanguage, targetLanguage }));
    expect(await find(lang, "en")).toEqual([expect.objectContaining({ exact: true, targetText: `A phrase of ${word}` })]);
    expect(await find(`${lang}-RU`, "en-US")).toHaveLength(1);
    expect(await find(lang, "en-x-mt")).toEqual([]);
    expect(await find(`${lang}-x-other`, "en")).toEqual([]);
  });

  test("editors may neither import nor export the memory", async () => {
    await expect(importTm({ actor: editor, xml: unitsOf("ru", [["a", "b"]]) })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportTm({ actor: editor })).rejects.toMatchObject({ code: "forbidden" });
  });
});
