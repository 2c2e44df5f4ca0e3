import { beforeAll, describe, expect, test } from "vitest";
import { GET } from "../app/documents/[id]/report/csv/route";
import { getAuth } from "../lib/auth";
import { getDb } from "../lib/db";
import { createAnnotation } from "../lib/server/annotations/create-annotation";
import { resolveAnnotation } from "../lib/server/annotations/resolve-annotation";
import type { Actor } from "../lib/server/auth/permissions";
import { importDocument } from "../lib/server/documents/import-document";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { getReport } from "../lib/server/report/get-report";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { confirmMt } from "../lib/server/proposals/confirm-mt";
import { recordSegmentTime } from "../lib/server/segments/record-time";
import { createTestActor, TEST_PASSWORD, uniqueTitle } from "./factories";

// Segments and their MT word counts: "Talks" 1, the meeting 8, Lavrov 5, Blinken 3; 17 words in all.
const TEXT = "Talks\n\nThe meeting borrowed an hour and a half. Lavrov spoke to the press. Blinken did not.\n";

async function propose(editor: Actor, segmentId: number, text: string) {
  const { version } = await getDb().segment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } });
  return (await submitProposal({ actor: editor, segmentId, text, expectedVersion: version })).proposalId;
}

function flag(actor: Actor, segment: { id: number; mtText: string }, span: string, category: string, subcategory: string, severity: string) {
  const start = segment.mtText.lastIndexOf(span);
  return createAnnotation({ actor, segmentId: segment.id, fields: { start, end: start + span.length, category, subcategory, severity } });
}

let address = 0;

async function csvAs(actor: Actor | null, documentId: number) {
  const headers = new Headers();
  if (actor) {
    const signIn = await getAuth().handler(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": `127.5.0.${++address}` },
        body: JSON.stringify({ email: actor.email, password: TEST_PASSWORD }),
      }),
    );
    headers.set("cookie", signIn.headers.getSetCookie().map((line) => line.split(";")[0]).join("; "));
  }
  return GET(new Request(`http://localhost:3000/documents/${documentId}/report/csv`, { headers }), { params: Promise.resolve({ id: String(documentId) }) });
}

describe("the quality report", () => {
  let admin: Actor;
  let editor: Actor;
  let reviewer: Actor;
  let documentId: number;

  beforeAll(async () => {
    [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
    ({ id: documentId } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(TEXT), input: { title: uniqueTitle("Report") } }));
    const [, meeting, lavrov, blinken] = await getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" } });
    expect([meeting.mtText, lavrov.mtText, blinken.mtText]).toEqual(["The meeting borrowed an hour and a half.", "Lavrov spoke to the press.", "Blinken did not."]);
    // One substitution in 8 words, then a substitution and a deletion in 4: HTER 12.5 and 50, 3 / 12 = 25 for the document.
    await approveProposal({ actor: reviewer, proposalId: await propose(editor, meeting.id, "The meeting lasted an hour and a half.") });
    await approveProposal({ actor: reviewer, proposalId: await propose(editor, lavrov.id, "Lavrov spoke to reporters.") });
    await propose(editor, blinken.id, "Blinken did not speak.");
    await flag(reviewer, meeting, "borrowed", "Accuracy", "Mistranslation", "Major");
    await flag(editor, blinken, ".", "Fluency", "Punctuation", "Minor");
    const dismissed = await flag(editor, lavrov, "press", "Accuracy", "Addition", "Critical");
    await resolveAnnotation({ actor: reviewer, annotationId: dismissed.id, state: "dismissed" });
    await recordSegmentTime({ actor: editor, segmentId: meeting.id, activeMs: 40_000 });
    await recordSegmentTime({ actor: editor, segmentId: lavrov.id, activeMs: 20_000 });
    await recordSegmentTime({ actor: reviewer, segmentId: meeting.id, activeMs: 8_000 });
  });

  test("progress, HTER and chrF of the approved edits", async () => {
    const { report, segments } = (await getReport({ actor: reviewer, documentId }))!;
    expect(report.progress).toEqual({ total: 4, approved: 2, confirmed: 0, proposed: 1, rejected: 0, untouched: 1 });
    expect(report.scored).toBe(2);
    expect(segments.rows.map((s) => [s.order, s.status, s.hter])).toEqual([[1, "new", null], [2, "approved", 12.5], [3, "approved", 50], [4, "proposed", null]]);
    expect(report.hter).toBe(25);
    expect(report.chrf).toBeGreaterThan(50);
    expect(report.chrf).toBeLessThan(100);
  });

  test("MQM: a Major (5) and a Minor punctuation (0.1) in 17 MT words; the dismissed Critical does not count; the score is over the 13 approved words", async () => {
    const { report, segments } = (await getReport({ actor: admin, documentId }))!;
    const { score, perThousandWords, ...mqm } = report.mqm;
    expect(mqm).toEqual({ penalty: 5.1, wordCount: 17, counted: 2, dismissed: 1, reviewed: { segments: 2, words: 13, penalty: 5, flags: 1 } });
    expect(score).toBeCloseTo(100 * (1 - 5 / 13), 10);
    expect(perThousandWords).toBeCloseTo(5000 / 13, 10);
    expect(segments.rows.map((s) => s.penalty)).toEqual([0, 5, 0, 0.1]);
    expect(report.costliest).toEqual([{ name: "Accuracy / Mistranslation", count: 1, penalty: 5 }, { name: "Fluency / Punctuation", count: 1, penalty: 0.1 }]);
    expect(report.bySeverity.find((s) => s.name === "Critical")).toEqual({ name: "Critical", count: 0, penalty: 0 });
  });

  test("time per segment and per person", async () => {
    const { report, segments } = (await getReport({ actor: admin, documentId }))!;
    expect(segments.rows.map((s) => s.activeMs)).toEqual([0, 48_000, 20_000, 0]);
    const byId = new Map(report.editors.map((e) => [e.userId, e]));
    // The editor proposed for segments of 8, 5 and 3 words: 60 s over 16 words.
    expect(byId.get(editor.id)).toMatchObject({ proposed: 3, approved: 2, words: 16, activeMs: 60_000, msPerWord: 3_750 });
    expect(byId.get(reviewer.id)).toMatchObject({ proposed: 0, approved: 0, words: 8, activeMs: 8_000, msPerWord: 1_000 });
  });

  test("is refused to an editor and to a signed-out caller; an unknown document is null", async () => {
    await expect(getReport({ actor: editor, documentId })).rejects.toMatchObject({ status: 403 });
    await expect(getReport({ actor: null, documentId })).rejects.toMatchObject({ status: 401 });
    expect(await getReport({ actor: admin, documentId: 999_999_999 })).toBeNull();
    expect((await csvAs(null, documentId)).status).toBe(401);
    expect((await csvAs(editor, documentId)).status).toBe(403);
    expect((await csvAs(admin, 999_999_999)).status).toBe(404);
  });

  test("the per-segment table downloads as CSV", async () => {
    const response = await csvAs(reviewer, documentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="report-.*-segments\.csv"/);
    const lines = (await response.text()).split("\r\n");
    expect(lines.slice(0, 2)).toEqual(["segment,status,hter,chrf,mqm_penalty,active_seconds", "1,new,,,0,0"]);
    expect(lines[2]).toMatch(/^2,approved,12\.5,[\d.]+,5,48$/);
    expect(lines[3]).toMatch(/^3,approved,50,[\d.]+,0,20$/);
    expect(lines[4]).toBe("4,proposed,,,0.1,0");
  });

  test("the table sorts on the server: HTER worst first, then reversed; segments without a value stay last", async () => {
    const byHter = (await getReport({ actor: admin, documentId, sort: "hter" }))!.segments;
    expect(byHter.sort).toEqual({ key: "hter", ascending: false });
    expect(byHter.rows.map((s) => s.order)).toEqual([3, 2, 1, 4]);
    const reversed = (await getReport({ actor: admin, documentId, sort: "hter", dir: "asc" }))!.segments;
    expect(reversed.rows.map((s) => s.order)).toEqual([2, 3, 1, 4]);
    const byPenalty = (await getReport({ actor: admin, documentId, sort: "penalty", page: "7", dir: "sideways" }))!.segments;
    expect(byPenalty).toMatchObject({ page: 1, pageCount: 1, sort: { key: "penalty", ascending: false } });
    expect(byPenalty.rows.map((s) => s.order)).toEqual([2, 4, 1, 3]);
    const unknown = (await getReport({ actor: admin, documentId, sort: "mtText; DROP TABLE x" }))!.segments;
    expect(unknown.sort).toEqual({ key: "order", ascending: true });
    // A query string that names sort or dir twice (?sort=hter&sort=chrf) gives the page arrays: a fallback, not a 500.
    const twice = (await getReport({ actor: admin, documentId, sort: ["hter", "chrf"], dir: ["asc", "desc"] } as unknown as Parameters<typeof getReport>[0]))!.segments;
    expect(twice.sort).toEqual({ key: "order", ascending: true });
  });

  test("a book is paged on the server, 200 rows at a time, and the CSV has every row", async () => {
    const paragraphs = Array.from({ length: 201 }, (_, p) => Array.from({ length: 5 }, (_, s) => `Sentence ${p * 5 + s + 1} is here.`).join(" "));
    const { id, segmentCount } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(paragraphs.join("\n\n") + "\n"), input: { title: uniqueTitle("Long report") } });
    expect(segmentCount).toBe(1_005);
    const first = (await getReport({ actor: admin, documentId: id }))!;
    expect(first.report.mqm.wordCount).toBe(1_005 * 4);
    expect(first.segments).toMatchObject({ page: 1, pageCount: 6, pageSize: 200, total: 1_005 });
    expect(first.segments.rows.map((s) => s.order)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const last = (await getReport({ actor: admin, documentId: id, page: 6 }))!.segments;
    expect(last.rows.map((s) => s.order)).toEqual(Array.from({ length: 5 }, (_, i) => 1_001 + i));
    const lines = (await (await csvAs(admin, id)).text()).split("\r\n");
    expect(lines.length).toBe(1 + 1_005 + 1);
    expect(lines.slice(1, -1).map((line) => Number(line.split(",")[0]))).toEqual(Array.from({ length: 1_005 }, (_, i) => i + 1));
  });
});

test("a confirmed MT changed by a later proposal has no HTER, in the table and in its sort order", async () => {
  const [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
  const text = "One two three. Four five six. Seven eight nine.\n";
  const { id: documentId } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title: uniqueTitle("Stale HTER") } });
  const [reopened, edited, confirmed] = await getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" } });
  await confirmMt({ actor: editor, segmentId: reopened.id, expectedVersion: reopened.version });
  await propose(editor, reopened.id, "One, two, three.");
  await approveProposal({ actor: reviewer, proposalId: await propose(editor, edited.id, "Four five seven.") });
  await confirmMt({ actor: editor, segmentId: confirmed.id, expectedVersion: confirmed.version });
  // The first segment keeps the HTER of 0 stored at its confirmation; it must neither show nor sort as a value.
  const rows = (await getReport({ actor: admin, documentId, sort: "hter", dir: "asc" }))!.segments.rows;
  expect(rows.map((s) => [s.order, s.status, s.hter])).toEqual([[3, "confirmed", 0], [2, "approved", 100 / 3], [1, "proposed", null]]);
});

test("a confirmed MT counts in HTER and chrF (at 0 edits) but not among the MQM score's reviewed segments, whose flags and words it leaves out", async () => {
  const [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
  const text = "One two three four. Five six seven.\n";
  const { id: documentId } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title: uniqueTitle("Confirmed MQM") } });
  const [approved, confirmed] = await getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" } });
  await flag(editor, approved, "four.", "Accuracy", "Mistranslation", "Major");
  await approveProposal({ actor: reviewer, proposalId: await propose(editor, approved.id, "One two three five.") });
  await confirmMt({ actor: editor, segmentId: confirmed.id, expectedVersion: confirmed.version });
  const { report } = (await getReport({ actor: admin, documentId }))!;
  // HTER: 1 edit over 4 + 3 words of final text; the MQM score: 5 penalty over the approved segment's 4 words alone.
  expect(report.scored).toBe(2);
  expect(report.hter).toBeCloseTo((100 * 1) / 7, 10);
  expect(report.mqm.reviewed).toEqual({ segments: 1, words: 4, penalty: 5, flags: 1 });
  expect(report.mqm.score).toBeCloseTo(100 * (1 - 5 / 4), 10);
});
