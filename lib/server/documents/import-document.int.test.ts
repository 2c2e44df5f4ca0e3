import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/server/auth/permissions";
import { getDb } from "@/lib/db";
import { exportDocument } from "@/lib/server/export/export-document";
import { createTestActor } from "../../../tests/factories";
import { importDocument } from "./import-document";

const seed = new Uint8Array(readFileSync("prisma/seed-article.txt"));
const unique = (label: string) => `${label} ${Date.now()} ${Math.random().toString(36).slice(2)}`;

/** The rows a refused import could have left: documents with its title or by its actors, their blocks and segments, and the actors' audit events. */
async function counts(title: string, actors: (Actor | null)[]) {
  const db = getDb();
  const actorIds = actors.flatMap((actor) => (actor ? [actor.id] : []));
  const document = { OR: [{ title }, { createdById: { in: actorIds } }] };
  const [documents, blocks, segments, audit] = await Promise.all([
    db.document.count({ where: document }),
    db.block.count({ where: { document } }),
    db.segment.count({ where: { document } }),
    db.auditEvent.count({ where: { actorId: { in: actorIds } } }),
  ]);
  return { documents, blocks, segments, audit };
}

describe("importDocument", () => {
  let admin: Actor;
  beforeAll(async () => {
    admin = await createTestActor("admin");
  });
  test("stores the seed article, and an untouched export gives back its bytes", async () => {
    const { id, segmentCount } = await importDocument({ actor: admin, bytes: seed, input: { title: unique("Seed") } });
    expect(segmentCount).toBeGreaterThan(30);
    const file = await exportDocument({ actor: admin, documentId: id, format: "txt" });
    expect(Buffer.from(file.body as string, "utf8").equals(Buffer.from(seed))).toBe(true);
    expect(file.unapproved).toBe(segmentCount);
    const titleBlock = await getDb().block.findFirstOrThrow({ where: { documentId: id }, orderBy: { order: "asc" } });
    expect(titleBlock).toMatchObject({ kind: "title", text: "Different dreams in one Geneva | Latest news The Moscow Post" });
    const audit = await getDb().auditEvent.findFirst({ where: { documentId: id, action: "document.import" } });
    expect(audit).not.toBeNull();
    const ids = (await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" }, select: { id: true } })).map((segment) => segment.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  test("segments the MT with its target language's rules, a region subtag falling back to the language", async () => {
    const text = "Die Abstimmung war am 12. Juni in Bern. Dr. Meier war dabei.";
    const sentencesOf = async (targetLanguage: string) => {
      const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title: unique("Lang"), targetLanguage } });
      const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" }, select: { mtText: true } });
      return segments.map((segment) => segment.mtText);
    };
    expect(await sentencesOf("de-CH")).toEqual(["Die Abstimmung war am 12. Juni in Bern.", "Dr. Meier war dabei."]);
    expect(await sentencesOf("en")).toEqual(["Die Abstimmung war am 12.", "Juni in Bern.", "Dr. Meier war dabei."]);
  });

  test("keeps CRLF line ends and a BOM for export", async () => {
    const text = "\uFEFFTitle line\r\n\r\nFirst sentence here. Second one.\r\n";
    const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title: unique("CRLF") } });
    const file = await exportDocument({ actor: admin, documentId: id, format: "txt" });
    expect(file.body).toBe(text);
  });

  test.each([
    ["empty", new Uint8Array(), /empty/],
    ["only whitespace", new TextEncoder().encode(" \n\n  \t"), /empty/],
    ["not UTF-8", new Uint8Array([0x48, 0x69, 0xff, 0xfe, 0x20, 0xc0]), /not UTF-8/],
    ["over 5 MB", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), /5 MiB/],
  ])("refuses %s input with a clear message and stores nothing", async (_label, bytes, message) => {
    const title = unique("Bad");
    const before = await counts(title, [admin]);
    await expect(importDocument({ actor: admin, bytes, input: { title } })).rejects.toThrow(message);
    expect(await counts(title, [admin])).toEqual(before);
  });

  test("refuses an editor or reviewer, and a signed-out caller", async () => {
    const title = unique("Refused");
    const actors = [await createTestActor("editor"), await createTestActor("reviewer"), null];
    const before = await counts(title, actors);
    for (const actor of actors) {
      await expect(importDocument({ actor, bytes: seed, input: { title } })).rejects.toMatchObject({ code: actor ? "forbidden" : "unauthenticated" });
    }
    expect((await counts(title, actors)).documents).toBe(before.documents);
  });

  test("refuses an empty title and stores nothing", async () => {
    const before = await counts("   ", [admin]);
    await expect(importDocument({ actor: admin, bytes: seed, input: { title: "   " } })).rejects.toThrow(/title/);
    expect(await counts("   ", [admin])).toEqual(before);
  });

  test("imports a 10,000-segment document in one transaction", async () => {
    const sentences = Array.from({ length: 10_000 }, (_, i) => `Sentence number ${i + 1} of the book is here.`);
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(" "));
    const text = `A very long book\n\n${paragraphs.join("\n\n")}\n`;
    const { id, segmentCount } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title: unique("Book") } });
    expect(segmentCount).toBe(10_001);
    const last = await getDb().segment.findFirstOrThrow({ where: { documentId: id }, orderBy: { order: "desc" } });
    expect(last).toMatchObject({ order: 10_001, mtText: "Sentence number 10000 of the book is here." });
    const file = await exportDocument({ actor: admin, documentId: id, format: "txt" });
    expect(file.body).toBe(text);
  });

  test("imports 100,000 one-letter lines as 100,000 segments, and exports them byte for byte", async () => {
    const text = "a\n".repeat(99_999) + "b \\ \"q\"\n";
    const { id, segmentCount, blockCount } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title: unique("Lines") } });
    expect({ segmentCount, blockCount }).toEqual({ segmentCount: 100_000, blockCount: 100_000 });
    expect(await getDb().segment.count({ where: { documentId: id } })).toBe(100_000);
    const last = await getDb().segment.findFirstOrThrow({ where: { documentId: id }, orderBy: { order: "desc" }, include: { block: true } });
    expect(last).toMatchObject({ order: 100_000, mtText: 'b \\ "q"', block: { order: 99_999, text: 'b \\ "q"', separator: "\n" } });
    const file = await exportDocument({ actor: admin, documentId: id, format: "txt" });
    expect(file.body).toBe(text);
  });
});
