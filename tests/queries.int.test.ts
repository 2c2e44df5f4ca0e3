import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { listActivityFilters } from "../lib/server/audit/list-activity-filters";
import { importDocument } from "../lib/server/documents/import-document";
import { DOCUMENTS_PAGE_SIZE, listDocuments, type DocumentSummary } from "../lib/server/documents/list-documents";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { getSegmentDetail, HISTORY_LIMIT } from "../lib/server/workspace/get-segment-detail";
import { createTestActor, uniqueTitle } from "./factories";
import { flag, importSample, propose, SAMPLE } from "./permission-fixtures";

let admin: Actor;
let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
});

/** Every page of the document list, as a reader walks it; other files' documents are there too and are ignored. */
async function walkDocumentList() {
  const first = await listDocuments({ actor: editor, page: 1 });
  const pages = [first];
  for (let page = 2; page <= first.pageCount; page++) pages.push(await listDocuments({ actor: editor, page }));
  return pages;
}

describe("the document list", () => {
  test("pages newest first, each document once, with its progress", async () => {
    const prefix = uniqueTitle("Paged");
    const ids: number[] = [];
    for (let i = 0; i < DOCUMENTS_PAGE_SIZE + 1; i++) {
      ids.push((await importDocument({ actor: admin, bytes: new TextEncoder().encode(SAMPLE), input: { title: `${prefix} #${i}` } })).id);
    }
    const segments = await getDb().segment.findMany({ where: { documentId: ids[0] }, orderBy: { order: "asc" } });
    await propose(editor, segments[1].id, "The meeting lasted an hour and a half in the Hotel President.");
    const { proposalId } = await propose(editor, segments[2].id, "Lavrov spoke briefly.");
    await approveProposal({ actor: reviewer, proposalId });

    const pages = await walkDocumentList();
    const mine = pages.map((page) => page.documents.filter((document) => document.title.startsWith(prefix)));
    const listed = mine.flat();
    expect(listed.map((document) => document.id)).toEqual([...ids].reverse());
    expect(mine.filter((page) => page.length > 0).length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page.documents.length).toBeLessThanOrEqual(DOCUMENTS_PAGE_SIZE);
    const progress = (document: DocumentSummary | undefined) => document && [document.segmentCount, document.proposed, document.approved];
    expect(progress(listed.find((document) => document.id === ids[0]))).toEqual([4, 1, 1]);
    expect(progress(listed.find((document) => document.id === ids[1]))).toEqual([4, 0, 0]);
  });

  test("a bad page number is page 1, and a page past the end is empty", async () => {
    const { id } = await importSample("Newest");
    const first = await listDocuments({ actor: editor, page: "not a number" });
    expect(first.page).toBe(1);
    expect(first.documents.map((document) => document.id)).toContain(id);
    const past = await listDocuments({ actor: editor, page: 1_000_000 });
    expect(past.documents).toEqual([]);
    await expect(listDocuments({ actor: null })).rejects.toMatchObject({ code: "unauthenticated" });
  });
});

describe("the activity page's filters", () => {
  test("are the distinct people and actions of this document's log, sorted", async () => {
    const { id, segments } = await importSample("Filters");
    const other = await importSample("Other filters");
    const second = await createTestActor("editor");
    await flag(editor, segments[1].id);
    await flag(editor, segments[2].id);
    await propose(second, segments[1].id, "The meeting lasted an hour and a half.");
    await flag(reviewer, other.segments[1].id);
    const filters = await listActivityFilters({ actor: reviewer, documentId: id });
    const events = await getDb().auditEvent.findMany({ where: { documentId: id }, select: { action: true, actorId: true } });
    expect(filters.actions).toEqual([...new Set(events.map((event) => event.action))].sort());
    expect(filters.actions).toEqual(expect.arrayContaining(["annotation.create", "document.import", "proposal.submit"]));
    const actorIds = new Set(events.map((event) => event.actorId));
    expect(filters.people.map((person) => person.id).sort()).toEqual([...actorIds].filter((actorId) => actorId !== null).sort());
    expect(filters.people.map((person) => person.id)).toEqual(expect.arrayContaining([editor.id, second.id]));
    expect(filters.people.map((person) => person.id)).not.toContain(reviewer.id);
    const names = filters.people.map((person) => person.name);
    expect(names).toEqual([...names].sort());
  });
});

describe("a sentence's history", () => {
  test("lists the newest events first and says when older ones are left out", async () => {
    const { id, segments } = await importSample("History");
    const segment = segments[1];
    await flag(editor, segment.id);
    await propose(editor, segment.id, "The meeting lasted an hour and a half.");
    const short = await getSegmentDetail({ actor: editor, documentId: id, segmentId: segment.id });
    expect(short.history.map((event) => event.action)).toEqual(["proposal.submit", "annotation.create"]);
    expect(short.olderHistory).toBe(false);

    // A much-edited sentence: more events than the panel shows, written straight into the log.
    const start = Date.now() + 60_000;
    await getDb().auditEvent.createMany({
      data: Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => ({
        actorId: editor.id, action: "annotation.update", entityType: "annotation", entityId: String(i), documentId: id, segmentId: segment.id, createdAt: new Date(start + i * 1000),
      })),
    });
    const long = await getSegmentDetail({ actor: editor, documentId: id, segmentId: segment.id });
    expect(long.history).toHaveLength(HISTORY_LIMIT);
    expect(long.olderHistory).toBe(true);
    expect(long.history[0]).toMatchObject({ action: "annotation.update", createdAt: new Date(start + (HISTORY_LIMIT + 4) * 1000).toISOString() });
    const times = long.history.map((event) => event.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
