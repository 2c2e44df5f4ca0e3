import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { exportDocument } from "@/lib/server/export/export-document";
import { createTestActor } from "../../../tests/factories";
import { propose } from "../../../tests/permission-fixtures";
import { importBilingualRaceDocument, RACE_SOURCE, RACE_TEXT, segmentsOf } from "../../../tests/race-fixtures";
import { linkSegments } from "./link-segments";
import { splitSegment } from "./split-segment";
import { unlinkSegment } from "./unlink-segment";

const ROUNDS = 10;
let editor: Actor, other: Actor, reviewer: Actor, admin: Actor;
beforeAll(async () => {
  [editor, other, reviewer, admin] = await Promise.all([createTestActor("editor"), createTestActor("editor"), createTestActor("reviewer"), createTestActor("admin")]);
});

/** Orders 1..n; MT and source are each their slice of the document, in order, and the untouched export is the MT. */
async function expectConsistent(documentId: number, count: number) {
  const segments = await segmentsOf(documentId);
  expect(segments.map((s) => s.order)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  let mtCursor = 0;
  let sourceCursor = 0;
  for (const segment of segments) {
    expect(RACE_TEXT.slice(segment.start, segment.end)).toBe(segment.mtText);
    expect(segment.start).toBeGreaterThanOrEqual(mtCursor);
    mtCursor = segment.end;
    if (segment.sourceStart !== null) {
      expect(RACE_SOURCE.slice(segment.sourceStart, segment.sourceEnd!)).toBe(segment.sourceText);
      expect(segment.sourceStart).toBeGreaterThanOrEqual(sourceCursor);
      sourceCursor = segment.sourceEnd!;
    }
  }
  const sources = segments.flatMap((s) => (s.sourceText ? [s.sourceText] : [])).join(" ");
  expect(sources.replace(/\s+/g, " ")).toBe(RACE_SOURCE.trim().replace(/\s+/g, " "));
  expect((await getDb().document.findUniqueOrThrow({ where: { id: documentId } })).segmentCount).toBe(count);
  const boundaryEvents = await getDb().documentEvent.findMany({ where: { documentId, type: { in: ["segment.link", "segment.unlink", "segment.split"] } }, orderBy: { id: "desc" }, take: 1 });
  if (boundaryEvents.length > 0) expect(boundaryEvents[0].payload).toEqual({ segmentCount: count });
  expect((await exportDocument({ actor: admin, documentId, format: "txt" })).body).toBe(RACE_TEXT);
  return segments;
}

describe("link and unlink", () => {
  test("unlinking a 1-1 group parts its source from its MT; linking them again restores the group, both audited", async () => {
    const { id, segments } = await importBilingualRaceDocument("Unlink", admin);
    expect(segments).toHaveLength(13);
    const group = segments[2];
    expect(group).toMatchObject({ sourceText: "Она прошла в отеле «Президент».", mtText: "It took place in the Hotel President." });
    const { ids } = await unlinkSegment({ actor: editor, segmentId: group.id, version: group.version });
    let after = await expectConsistent(id, 14);
    expect(after.slice(2, 4).map((s) => [s.sourceText, s.mtText])).toEqual([["Она прошла в отеле «Президент».", ""], [null, "It took place in the Hotel President."]]);
    const lone = after[2];
    await linkSegments({ actor: editor, segmentId: lone.id, version: lone.version, direction: "next" });
    after = await expectConsistent(id, 13);
    expect(after[2]).toMatchObject({ id: ids[0], sourceText: group.sourceText, mtText: group.mtText });
    const actions = await getDb().auditEvent.findMany({ where: { documentId: id, action: { in: ["segment.link", "segment.unlink"] } }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["segment.link", "segment.unlink"]);
  });

  test("linking with the previous group makes a 2-2 group, and unlinking pairs its sentences again", async () => {
    const { id, segments } = await importBilingualRaceDocument("Link", admin);
    await linkSegments({ actor: editor, segmentId: segments[4].id, version: segments[4].version, direction: "previous" });
    let after = await expectConsistent(id, 12);
    expect(after[3]).toMatchObject({
      sourceText: "Первым выступил Лавров. Блинкен ответил ему.",
      mtText: "Lavrov spoke first. Blinken answered him.",
    });
    await unlinkSegment({ actor: editor, segmentId: after[3].id, version: after[3].version });
    after = await expectConsistent(id, 13);
    expect(after.slice(3, 5).map((s) => [s.sourceText, s.mtText])).toEqual([["Первым выступил Лавров.", "Lavrov spoke first."], ["Блинкен ответил ему.", "Blinken answered him."]]);
  });

  test("splitting a group of two source sentences cuts its source between them too, and says so live", async () => {
    const { id, segments } = await importBilingualRaceDocument("Split source", admin);
    await linkSegments({ actor: editor, segmentId: segments[4].id, version: segments[4].version, direction: "previous" });
    let after = await expectConsistent(id, 12);
    const group = after[3];
    await splitSegment({ actor: editor, segmentId: group.id, version: group.version, at: "Lavrov spoke first. ".length });
    after = await expectConsistent(id, 13);
    expect(after.slice(3, 5).map((s) => [s.sourceText, s.mtText])).toEqual([["Первым выступил Лавров.", "Lavrov spoke first."], ["Блинкен ответил ему.", "Blinken answered him."]]);
    const events = await getDb().documentEvent.findMany({ where: { documentId: id }, select: { type: true } });
    expect(events.map((e) => e.type).sort()).toEqual(["segment.link", "segment.split"]);
  });

  test("refuses: a group with proposals, a stale version, no neighbour, a reviewer; nothing changes", async () => {
    const { id, segments } = await importBilingualRaceDocument("Refused link", admin);
    await propose(editor, segments[5].id, "Both sides stated positions.");
    await expect(linkSegments({ actor: editor, segmentId: segments[5].id, version: 0, direction: "next" })).rejects.toMatchObject({ code: "conflict" });
    await expect(linkSegments({ actor: editor, segmentId: segments[4].id, version: 0, direction: "next" })).rejects.toThrow(/already has proposals/);
    await expect(unlinkSegment({ actor: editor, segmentId: segments[1].id, version: 7 })).rejects.toThrow(/changed by someone else/);
    await expect(linkSegments({ actor: editor, segmentId: segments[0].id, version: 0, direction: "previous" })).rejects.toThrow(/first of the document/);
    await expect(unlinkSegment({ actor: reviewer, segmentId: segments[1].id, version: 0 })).rejects.toMatchObject({ code: "forbidden" });
    await expectConsistent(id, 13);
  });
});

test(`two editors relinking different groups of one document at once, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { id, segments } = await importBilingualRaceDocument("Link race", admin);
    // Even rounds: neighbours in one paragraph; odd rounds: two paragraphs. The unlink comes first in the text, so it renumbers the link's pair.
    const [unlinked, linked] = round % 2 === 0 ? [segments[5], segments[6]] : [segments[2], segments[9]];
    const next = segments[segments.indexOf(linked) + 1];
    await Promise.all([
      unlinkSegment({ actor: editor, segmentId: unlinked.id, version: unlinked.version }),
      linkSegments({ actor: other, segmentId: linked.id, version: linked.version, direction: "next" }),
    ]);
    const after = await expectConsistent(id, segments.length);
    const result = after.find((s) => s.id === linked.id)!;
    expect(result).toMatchObject({ mtText: `${linked.mtText} ${next.mtText}`, sourceText: `${linked.sourceText} ${next.sourceText}` });
    expect(after.filter((s) => s.mtText === unlinked.mtText || s.sourceText === unlinked.sourceText)).toHaveLength(2);
  }
});
