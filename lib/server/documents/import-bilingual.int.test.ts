import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/server/auth/permissions";
import { getDb } from "@/lib/db";
import { exportDocument } from "@/lib/server/export/export-document";
import { createTestActor, uniqueTitle } from "../../../tests/factories";
import { importDocument } from "./import-document";

const ru = readFileSync("lib/align/fixtures/geneva-ru.txt");
const en = readFileSync("lib/align/fixtures/geneva-en.txt");
const encode = (text: string) => new TextEncoder().encode(text);

async function stored(title: string) {
  const db = getDb();
  const document = { title };
  const [documents, segments] = await Promise.all([db.document.count({ where: document }), db.segment.count({ where: { document } })]);
  return { documents, segments };
}

describe("importDocument with a source", () => {
  let admin: Actor;
  beforeAll(async () => {
    admin = await createTestActor("admin");
  });

  test("stores the source and one segment per alignment group; an untouched export gives back the MT's bytes", async () => {
    const title = uniqueTitle("Bilingual");
    const { id, segmentCount } = await importDocument({
      actor: admin,
      bytes: new Uint8Array(en),
      fileName: "geneva-en.txt",
      source: { bytes: new Uint8Array(ru), fileName: "geneva-ru.txt" },
      input: { title, sourceLanguage: "ru", targetLanguage: "en" },
    });
    expect(segmentCount).toBe(23);
    const document = await getDb().document.findUniqueOrThrow({ where: { id } });
    expect(document).toMatchObject({ sourceText: ru.toString("utf8"), sourceFileName: "geneva-ru.txt", sourceLanguage: "ru", targetLanguage: "en" });
    expect(Buffer.from(document.sourceBytes!).equals(ru)).toBe(true);
    const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
    for (const segment of segments) {
      expect(document.sourceText!.slice(segment.sourceStart!, segment.sourceEnd!)).toBe(segment.sourceText);
      expect(document.text.slice(segment.start, segment.end)).toBe(segment.mtText);
    }
    const biden = segments.find((segment) => segment.sourceText!.startsWith("Накануне"))!;
    expect(biden.mtText).toBe(
      "The day before, on January 20 I took place two-hour press conferences of the U.S. President Joe Biden. He devoted to Russia and Ukraine a considerable part of the action dated for anniversary of his taking office.",
    );
    const rating = segments.find((segment) => segment.mtText.startsWith("Level of popularity"))!;
    expect(rating.sourceText).toBe("Уровень популярности Байдена за первый год правления составил 48,9%. Это ниже показателей за тот же период у всех американских лидеров, кроме Дональда Трампа.");
    const file = await exportDocument({ actor: admin, documentId: id, format: "txt" });
    expect(Buffer.from(file.body as string, "utf8").equals(en)).toBe(true);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { documentId: id, action: "document.import" } });
    expect(audit.after).toMatchObject({ segments: 23, sourceBytes: ru.byteLength });
  });

  test("keeps a source sentence the MT dropped as a segment with empty MT, and the export unchanged", async () => {
    const target = en.toString("utf8").replace("After the performance it was necessary to explain what was meant by Biden when he argued on what can be alleged invasion. ", "");
    const { id } = await importDocument({ actor: admin, bytes: encode(target), source: { bytes: new Uint8Array(ru) }, input: { title: uniqueTitle("Dropped") } });
    const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" }, select: { mtText: true, sourceText: true, start: true, end: true, blockId: true } });
    const dropped = segments.findIndex((s) => s.sourceText!.startsWith("После выступления"));
    expect(segments[dropped]).toMatchObject({ mtText: "", start: segments[dropped - 1].end, end: segments[dropped - 1].end, blockId: segments[dropped - 1].blockId });
    expect(segments[dropped - 1].mtText).toMatch(/^Once again/);
    expect(segments[dropped + 1].mtText).toMatch(/^Later the White House/);
    const file = await exportDocument({ actor: admin, documentId: id, format: "txt" });
    expect(file.body).toBe(target);
  });

  test.each([
    ["a source that is not UTF-8", { source: new Uint8Array([0x48, 0xff, 0xfe]) }, /^Source: the source file is not UTF-8/],
    ["an empty source", { source: encode(" \n ") }, /^Source: the source text is empty/],
    ["a source over 5 MB", { source: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61) }, /^Source: the source text is 5\.0 MiB/],
    ["a source language that is not BCP 47", { sourceLanguage: "russian!" }, /BCP 47/],
    ["a target language that is not BCP 47", { targetLanguage: "e" }, /BCP 47/],
  ])("refuses %s with a clear message and stores nothing", async (_label, bad, message) => {
    const title = uniqueTitle("Bad source");
    const { source = new Uint8Array(ru), ...languages } = bad as { source?: Uint8Array; sourceLanguage?: string; targetLanguage?: string };
    await expect(importDocument({ actor: admin, bytes: new Uint8Array(en), source: { bytes: source }, input: { title, ...languages } })).rejects.toThrow(message);
    expect(await stored(title)).toEqual({ documents: 0, segments: 0 });
  });

  test("accepts right-to-left and CJK language tags in canonical form", async () => {
    const { id } = await importDocument({
      actor: admin,
      bytes: encode("Peace be upon you. Welcome.\n"),
      source: { bytes: encode("السلام عليكم. أهلا وسهلا.\n") },
      input: { title: uniqueTitle("Arabic"), sourceLanguage: "AR", targetLanguage: "en-gb" },
    });
    expect(await getDb().document.findUniqueOrThrow({ where: { id }, select: { sourceLanguage: true, targetLanguage: true } })).toEqual({ sourceLanguage: "ar", targetLanguage: "en-GB" });
    const { id: chinese } = await importDocument({ actor: admin, bytes: encode("Hello.\n"), source: { bytes: encode("你好。\n") }, input: { title: uniqueTitle("Chinese"), sourceLanguage: "zh-Hant-TW" } });
    expect(await getDb().segment.findFirstOrThrow({ where: { documentId: chinese }, select: { sourceText: true, mtText: true } })).toEqual({ sourceText: "你好。", mtText: "Hello." });
  });
});
