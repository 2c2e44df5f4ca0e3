import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { importDocument } from "@/lib/server/documents/import-document";
import { exportDocument } from "@/lib/server/export/export-document";
import { createComment } from "@/lib/server/comments/create-comment";
import { getSegmentDetail } from "@/lib/server/workspace/get-segment-detail";
import { flag } from "../../../tests/permission-fixtures";
import { mergeWithNext } from "./merge-segments";
import { splitSegment } from "./split-segment";
import { createTestActor } from "../../../tests/factories";

const TEXT = "Talks in Geneva\n\nThe meeting borrowed an hour and a half and took place in Prezident hotel. Lavrov spoke.\n";

async function importSample() {
  const { id } = await importDocument({ actor: await createTestActor("admin"), bytes: new TextEncoder().encode(TEXT), input: { title: `Boundaries ${Date.now()} ${Math.random()}` } });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  return { id, segments };
}

const makeUser = () => createTestActor("editor");
const exporter = () => createTestActor("admin");

describe("splitting and merging segments", () => {
  test("split then merge keeps the round trip, moves annotations and is audited", async () => {
    const { id, segments } = await importSample();
    const long = segments[1];
    const user = await makeUser();
    const start = long.mtText.indexOf("Prezident hotel");
    const flag = await getDb().annotation.create({ data: { segmentId: long.id, authorId: user.id, start, end: start + 15, category: "Terminology", subcategory: "Inappropriate for context", severity: "Minor" } });

    const at = long.mtText.indexOf(" and took") + 1;
    const { right } = await splitSegment({ actor: user, segmentId: long.id, version: long.version, at });
    const after = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
    expect(after.map((segment) => segment.mtText)).toEqual(["Talks in Geneva", "The meeting borrowed an hour and a half", "and took place in Prezident hotel.", "Lavrov spoke."]);
    expect(after.map((segment) => segment.order)).toEqual([1, 2, 3, 4]);
    const moved = await getDb().annotation.findUniqueOrThrow({ where: { id: flag.id } });
    expect(moved.segmentId).toBe(right);
    expect(after[2].mtText.slice(moved.start, moved.end)).toBe("Prezident hotel");
    expect((await exportDocument({ actor: await exporter(), documentId: id, format: "txt" })).body).toBe(TEXT);

    await mergeWithNext({ actor: user, segmentId: after[1].id, version: after[1].version });
    const merged = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
    expect(merged.map((segment) => segment.mtText)).toEqual(segments.map((segment) => segment.mtText));
    const back = await getDb().annotation.findUniqueOrThrow({ where: { id: flag.id } });
    expect(merged[1].mtText.slice(back.start, back.end)).toBe("Prezident hotel");
    expect((await exportDocument({ actor: await exporter(), documentId: id, format: "txt" })).body).toBe(TEXT);
    const actions = await getDb().auditEvent.findMany({ where: { documentId: id, action: { in: ["segment.split", "segment.merge"] } }, orderBy: { id: "asc" } });
    expect(actions.map((event) => event.action)).toEqual(["segment.split", "segment.merge"]);
    expect((await getDb().document.findUniqueOrThrow({ where: { id } })).segmentCount).toBe(3);
    // Open pages show the document's sentence count: the live events say what it became.
    const events = await getDb().documentEvent.findMany({ where: { documentId: id, type: { in: ["segment.split", "segment.merge"] } }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.payload)).toEqual([{ segmentCount: 4 }, { segmentCount: 3 }]);
  });

  test("the merged sentence's history keeps what happened to the sentence merged into it", async () => {
    const { id } = await importDocument({ actor: await exporter(), bytes: new TextEncoder().encode("Talks\n\nLavrov spoke. Blinken told.\n"), input: { title: `History ${Date.now()} ${Math.random()}` } });
    const [, first, second] = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
    const user = await makeUser();
    await flag(user, second.id, "a verb is missing");
    await createComment({ actor: user, documentId: id, segmentId: second.id, body: "Told what?" });
    await mergeWithNext({ actor: user, segmentId: first.id, version: first.version });
    const { history } = await getSegmentDetail({ actor: user, documentId: id, segmentId: first.id });
    expect(history.map((event) => event.action)).toEqual(["segment.merge", "comment.create", "annotation.create"]);
  });

  test("refuses a stale version, a bad split point, a merge across blocks and segments with proposals", async () => {
    const { segments } = await importSample();
    const [title, long, last] = segments;
    const editor = await makeUser();
    await expect(splitSegment({ actor: await createTestActor("reviewer"), segmentId: long.id, version: long.version, at: 4 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(splitSegment({ actor: editor, segmentId: long.id, version: long.version + 1, at: 4 })).rejects.toThrow(/changed by someone else/);
    await expect(splitSegment({ actor: editor, segmentId: long.id, version: long.version, at: 0 })).rejects.toThrow(/split point/);
    await expect(splitSegment({ actor: editor, segmentId: long.id, version: long.version, at: long.mtText.length })).rejects.toThrow(/split point/);
    await expect(mergeWithNext({ actor: editor, segmentId: title.id, version: title.version })).rejects.toThrow(/last of its paragraph/);
    await expect(mergeWithNext({ actor: editor, segmentId: 2_000_000_000, version: 0 })).rejects.toThrow(/does not exist/);

    const user = await makeUser();
    await getDb().proposal.create({ data: { segmentId: last.id, authorId: user.id, text: "Lavrov spoke briefly." } });
    await expect(mergeWithNext({ actor: editor, segmentId: long.id, version: long.version })).rejects.toThrow(/already has proposals/);
    await expect(splitSegment({ actor: editor, segmentId: last.id, version: last.version, at: 7 })).rejects.toThrow(/already has proposals/);
    const unchanged = await getDb().segment.findMany({ where: { documentId: long.documentId }, orderBy: { order: "asc" } });
    expect(unchanged.map((segment) => [segment.order, segment.mtText])).toEqual(segments.map((segment) => [segment.order, segment.mtText]));
  });
});
