import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { resolveAnnotation } from "@/lib/server/annotations/resolve-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { importDocument } from "@/lib/server/documents/import-document";
import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { recordSegmentTime } from "@/lib/server/segments/record-time";
import { getSegmentDetail } from "@/lib/server/workspace/get-segment-detail";
import { getWorkspace } from "@/lib/server/workspace/get-workspace";
import { listSegments } from "@/lib/server/workspace/list-segments";
import { createTestActor, uniqueTitle } from "./factories";

const TEXT = "Talks in Geneva\n\nThe meeting borrowed an hour and a half. Lavrov spoke in Prezident hotel. We don't intend to attack, attack or interfere.\n";

async function importSample(text = TEXT) {
  const { id } = await importDocument({ actor: await createTestActor("admin"), bytes: new TextEncoder().encode(text), input: { title: uniqueTitle("Workspace") } });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  return { id, segments };
}

const minor = (start: number, end: number) => ({ start, end, category: "Accuracy", subcategory: "Mistranslation", severity: "Minor", note: "" });

describe("the workspace's queries", () => {
  test("lists segments page by page on order, with the document's typology", async () => {
    const { id, segments } = await importSample();
    const reader = await createTestActor("reviewer");
    const first = await listSegments({ actor: reader, documentId: id, query: { limit: 2 } });
    expect(first.segments.map((segment) => segment.order)).toEqual([1, 2]);
    expect(first.segments[0].blockKind).toBe("title");
    expect(first.nextAfter).toBe(2);
    const rest = await listSegments({ actor: reader, documentId: id, query: { after: first.nextAfter!, limit: 10 } });
    expect(rest.segments.map((segment) => segment.id)).toEqual(segments.slice(2).map((segment) => segment.id));
    expect(rest.nextAfter).toBeNull();
    const workspace = await getWorkspace({ actor: reader, documentId: id });
    expect(workspace?.typology.categories.map((category) => category.name)).toContain("Accuracy");
    expect(await getWorkspace({ actor: reader, documentId: 999_999_999 })).toBeNull();
  });

  test("filters by status, flag category and severity, and searches MT and proposals", async () => {
    const { id, segments } = await importSample();
    const editor = await createTestActor("editor");
    const [, meeting, lavrov] = segments;
    await submitProposal({ actor: editor, segmentId: meeting.id, text: "The meeting lasted an hour and a half.", expectedVersion: 0 });
    const at = lavrov.mtText.indexOf("Prezident");
    await createAnnotation({ actor: editor, segmentId: lavrov.id, fields: { start: at, end: at + 15, category: "Terminology", subcategory: "Inappropriate for context", severity: "Major" } });
    const find = async (query: object) => (await listSegments({ actor: editor, documentId: id, query })).segments.map((segment) => segment.id);
    expect(await find({ status: "proposed" })).toEqual([meeting.id]);
    expect(await find({ category: "Terminology" })).toEqual([lavrov.id]);
    expect(await find({ severity: "Major" })).toEqual([lavrov.id]);
    expect(await find({ severity: "Minor" })).toEqual([]);
    expect(await find({ q: "LASTED" })).toEqual([meeting.id]);
    expect(await find({ q: "prezident" })).toEqual([lavrov.id]);
    expect(await find({ status: "bogus" })).toHaveLength(segments.length);
  });

  test("searches for % and _ as the characters they are, not as wildcards", async () => {
    const { id, segments } = await importSample("Rates\n\nThe rating fell to 48.9% in a year. The file is named rate_2021.csv here. Nothing else.\n");
    const editor = await createTestActor("editor");
    const find = async (q: string) => (await listSegments({ actor: editor, documentId: id, query: { q } })).segments.map((segment) => segment.order);
    expect(await find("%")).toEqual([2]);
    expect(await find("9% in")).toEqual([2]);
    expect(await find("_")).toEqual([3]);
    expect(await find("e_2")).toEqual([3]);
    expect(await find("\\")).toEqual([]);
    // Longer than the box takes: its first 200 characters are searched, never nothing (every sentence).
    expect(await find(`rate_2021.csv${"x".repeat(300)}`)).toEqual([]);
    expect(await find(`${" ".repeat(5)}rate_2021`)).toEqual([3]);
    expect(segments).toHaveLength(4);
  });

  test("a page of a document that does not exist is not found, while a search that finds nothing is an empty page", async () => {
    const { id } = await importSample("Rates\n\nThe rating fell.\n");
    const editor = await createTestActor("editor");
    expect((await listSegments({ actor: editor, documentId: id, query: { q: "nowhere" } })).segments).toEqual([]);
    await expect(listSegments({ actor: editor, documentId: 2_000_000_000, query: {} })).rejects.toMatchObject({ code: "not_found" });
  });

  test("a segment's detail has its proposals, flags and history; refuses unknown segments and signed-out readers", async () => {
    const { id, segments } = await importSample();
    const editor = await createTestActor("editor");
    const segment = segments[1];
    await createAnnotation({ actor: editor, segmentId: segment.id, fields: minor(12, 20) });
    await submitProposal({ actor: editor, segmentId: segment.id, text: "The meeting lasted an hour and a half.", expectedVersion: 0 });
    const detail = await getSegmentDetail({ actor: editor, documentId: id, segmentId: segment.id });
    expect(detail.annotations).toMatchObject([{ start: 12, end: 20, authorName: editor.name }]);
    expect(detail.proposals).toMatchObject([{ text: "The meeting lasted an hour and a half.", author: { name: editor.name } }]);
    expect(detail.history.map((event) => event.action)).toEqual(["proposal.submit", "annotation.create"]);
    expect(detail.history[0]).toMatchObject({ actorName: editor.name, before: { status: "new" }, after: { status: "proposed" } });
    await expect(getSegmentDetail({ actor: editor, documentId: id, segmentId: 2_000_000_000 })).rejects.toMatchObject({ code: "not_found" });
    await expect(getSegmentDetail({ actor: editor, documentId: id + 1, segmentId: segment.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(listSegments({ actor: null, documentId: id, query: {} })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(listSegments({ actor: editor, documentId: Number.NaN, query: {} })).rejects.toMatchObject({ code: "bad_input" });
  });
});

describe("flags", () => {
  test("are checked against the typology and the MT's bounds", async () => {
    const { segments } = await importSample();
    const editor = await createTestActor("editor");
    const segment = segments[1];
    const length = segment.mtText.length;
    const flag = (fields: object, segmentId = segment.id) => createAnnotation({ actor: editor, segmentId, fields: { ...minor(4, 11), ...fields } });
    await expect(flag({ category: "Nonsense" })).rejects.toMatchObject({ code: "bad_input" });
    await expect(flag({ subcategory: "Grammar" })).rejects.toMatchObject({ code: "bad_input" });
    await expect(flag({ severity: "Apocalyptic" })).rejects.toMatchObject({ code: "bad_input" });
    await expect(flag({ start: 5, end: length + 1 })).rejects.toThrow(/outside the sentence/);
    await expect(flag({ start: 9, end: 3 })).rejects.toThrow(/outside the sentence/);
    await expect(flag({ start: -1 })).rejects.toMatchObject({ code: "bad_input" });
    await expect(flag({ start: 4, end: 4 })).rejects.toThrow(/only an omission/);
    await expect(flag({ subcategory: "Omission" })).rejects.toThrow(/not on a span/);
    await expect(flag({}, 2_000_000_000)).rejects.toMatchObject({ code: "not_found" });
    await expect(createAnnotation({ actor: await createTestActor("admin"), segmentId: segment.id, fields: minor(4, 11) })).rejects.toMatchObject({ code: "forbidden" });

    expect(await flag({ subcategory: "Omission", start: 4, end: 4 })).toMatchObject({ start: 4, end: 4 });
    expect(await flag({ category: "Non-translation", subcategory: null, start: 3, end: 5 })).toMatchObject({ start: 0, end: length });
    const kept = await flag({});
    expect(segment.mtText.slice(kept.start, kept.end)).toBe("meeting");
  });

  test("only their author edits or deletes them, until a reviewer resolves them", async () => {
    const { segments } = await importSample();
    const author = await createTestActor("editor");
    const other = await createTestActor("editor");
    const reviewer = await createTestActor("reviewer");
    const segment = segments[1];
    const flag = await createAnnotation({ actor: author, segmentId: segment.id, fields: minor(4, 11) });
    await expect(updateAnnotation({ actor: other, annotationId: flag.id, fields: minor(4, 20) })).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteAnnotation({ actor: other, annotationId: flag.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateAnnotation({ actor: author, annotationId: flag.id, fields: minor(4, 999) })).rejects.toMatchObject({ code: "bad_input" });
    expect(await updateAnnotation({ actor: author, annotationId: flag.id, fields: { ...minor(12, 20), note: "literal verb" } })).toMatchObject({ start: 12, end: 20, note: "literal verb" });

    await expect(resolveAnnotation({ actor: author, annotationId: flag.id, state: "resolved" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await resolveAnnotation({ actor: reviewer, annotationId: flag.id, state: "resolved", note: "fixed in proposal" })).toMatchObject({ state: "resolved", resolvedById: reviewer.id });
    await expect(updateAnnotation({ actor: author, annotationId: flag.id, fields: minor(4, 11) })).rejects.toMatchObject({ code: "conflict" });
    await expect(deleteAnnotation({ actor: author, annotationId: flag.id })).rejects.toMatchObject({ code: "conflict" });

    const second = await createAnnotation({ actor: author, segmentId: segment.id, fields: minor(4, 11) });
    await deleteAnnotation({ actor: author, annotationId: second.id });
    await expect(deleteAnnotation({ actor: author, annotationId: second.id })).rejects.toMatchObject({ code: "not_found" });
    const actions = await getDb().auditEvent.findMany({ where: { segmentId: segment.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(["annotation.create", "annotation.update", "annotation.resolve", "annotation.create", "annotation.delete"]);
  });
});

describe("proposals and time", () => {
  test("a stale version is a conflict with both texts; nothing is written", async () => {
    const { segments } = await importSample();
    const [first, second] = [await createTestActor("editor"), await createTestActor("editor")];
    const segment = segments[1];
    await submitProposal({ actor: first, segmentId: segment.id, text: "The meeting lasted an hour and a half.", expectedVersion: 0 });
    const stale = submitProposal({ actor: second, segmentId: segment.id, text: "The meeting took ninety minutes.", expectedVersion: 0 });
    await expect(stale).rejects.toMatchObject({
      code: "conflict",
      detail: { version: 1, theirText: "The meeting lasted an hour and a half.", theirAuthor: first.name, yourText: "The meeting took ninety minutes." },
    });
    expect(await getDb().proposal.count({ where: { segmentId: segment.id } })).toBe(1);
    const onTop = await submitProposal({ actor: second, segmentId: segment.id, text: "The meeting took ninety minutes.", expectedVersion: 1 });
    expect(onTop).toMatchObject({ version: 2, status: "proposed" });
    await expect(submitProposal({ actor: second, segmentId: segment.id, text: "   ", expectedVersion: 2 })).rejects.toMatchObject({ code: "bad_input" });
    await expect(submitProposal({ actor: second, segmentId: 2_000_000_000, text: "x", expectedVersion: 0 })).rejects.toMatchObject({ code: "not_found" });
    await expect(submitProposal({ actor: await createTestActor("reviewer"), segmentId: segment.id, text: "x", expectedVersion: 2 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(submitProposal({ actor: second, segmentId: segments[2].id, text: "x", basedOnId: onTop.proposalId, expectedVersion: 0 })).rejects.toMatchObject({ code: "bad_input" });
  });

  test("active time adds up per segment and user", async () => {
    const { segments } = await importSample();
    const editor = await createTestActor("editor");
    await recordSegmentTime({ actor: editor, segmentId: segments[1].id, activeMs: 15_000 });
    await recordSegmentTime({ actor: editor, segmentId: segments[1].id, activeMs: 4_000 });
    const row = await getDb().segmentTime.findUniqueOrThrow({ where: { segmentId_userId: { segmentId: segments[1].id, userId: editor.id } } });
    expect(row.activeMs).toBe(19_000);
    await expect(recordSegmentTime({ actor: editor, segmentId: 2_000_000_000, activeMs: 1_000 })).rejects.toMatchObject({ code: "not_found" });
    await expect(recordSegmentTime({ actor: await createTestActor("admin"), segmentId: segments[1].id, activeMs: 1_000 })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("active time", () => {
  test("cannot outrun the clock: twenty five-minute slices sent in a loop add up to one", async () => {
    const { segments } = await importSample();
    const editor = await createTestActor("editor");
    const started = Date.now();
    for (let i = 0; i < 20; i++) await recordSegmentTime({ actor: editor, segmentId: segments[1 + (i % 2)].id, activeMs: 5 * 60_000 });
    const rows = await getDb().segmentTime.findMany({ where: { userId: editor.id } });
    const total = rows.reduce((sum, row) => sum + row.activeMs, 0);
    expect(total).toBeGreaterThanOrEqual(5 * 60_000);
    expect(total).toBeLessThanOrEqual(5 * 60_000 + (Date.now() - started));
  });
});
