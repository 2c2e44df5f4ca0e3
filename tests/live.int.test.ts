import { afterAll, describe, expect, test } from "vitest";
import { GET as documentStream } from "../app/documents/[id]/live/route";
import { GET as userStream } from "../app/live/route";
import { getDb } from "../lib/db";
import { createAssignment } from "../lib/server/assignments/create-assignment";
import { removeAssignment } from "../lib/server/assignments/remove-assignment";
import type { Actor } from "../lib/server/auth/permissions";
import { getHub } from "../lib/server/live/hub";
import { EVENT, type LiveEvent } from "../lib/server/live/event-types";
import { expirePresence } from "../lib/server/live/maintenance";
import { recordDocumentEvent } from "../lib/server/live/record-document-event";
import { updatePresence } from "../lib/server/live/update-presence";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { rejectProposal } from "../lib/server/reviews/reject-proposal";
import { undoApproval } from "../lib/server/reviews/undo-approval";
import { setUserActive } from "../lib/server/users/set-user-active";
import { setUserName } from "../lib/server/users/set-user-name";
import { createTestActor } from "./factories";
import { events, sseReader, type SseMessage } from "./live-stream-reader";
import { importSample, propose } from "./permission-fixtures";
import { sessionHeaders } from "./sign-in";

afterAll(() => getHub().stop());

async function open(actor: Actor | null, documentId: number | null, lastEventId?: string) {
  const headers = actor ? await sessionHeaders(actor) : new Headers();
  if (lastEventId) headers.set("last-event-id", lastEventId);
  if (documentId === null) return userStream(new Request("http://localhost/live", { headers }), { params: Promise.resolve({}) });
  return documentStream(new Request(`http://localhost/documents/${documentId}/live`, { headers }), { params: Promise.resolve({ id: String(documentId) }) });
}

const lastEventIdOf = async (documentId: number) =>
  String((await getDb().documentEvent.findFirst({ where: { documentId }, orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0);

const isProposal = (proposalId: number) => (message: SseMessage) =>
  message.event === "message" && (JSON.parse(message.data) as LiveEvent).payload.row?.currentProposal?.id === proposalId;

describe("a document's live stream", () => {
  test("a client reconnecting with Last-Event-ID gets the event it missed, then live ones", async () => {
    const { id, segments } = await importSample("Live replay");
    const [editor, reviewer] = [await createTestActor("editor"), await createTestActor("reviewer")];
    const before = await lastEventIdOf(id);
    const missed = await propose(editor, segments[1].id, "The meeting lasted an hour and a half.");

    const stream = sseReader(await open(reviewer, id, before));
    const replayed = await stream.until(isProposal(missed.proposalId));
    expect(JSON.parse(replayed.data)).toMatchObject({ type: EVENT.proposalSubmit, segmentId: segments[1].id, actorId: editor.id, payload: { row: { status: "proposed", version: 1 } } });
    expect(BigInt(replayed.id!)).toBeGreaterThan(BigInt(before));

    const live = await propose(editor, segments[2].id, "We do not intend to attack or interfere.");
    await stream.until(isProposal(live.proposalId));
    await stream.close();
  });

  test("an event whose transaction rolls back is never delivered, live or replayed", async () => {
    const { id, segments } = await importSample("Live rollback");
    const [editor, reviewer] = [await createTestActor("editor"), await createTestActor("reviewer")];
    const before = await lastEventIdOf(id);
    const stream = sseReader(await open(reviewer, id, before));
    await stream.until((message) => message.event === "presence");
    await expect(
      getDb().$transaction(async (tx) => {
        await recordDocumentEvent(tx, { documentId: id, type: EVENT.segmentSplit, segmentId: segments[1].id, actorId: editor.id });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    const committed = await propose(editor, segments[1].id, "The meeting lasted an hour and a half.");
    await stream.until(isProposal(committed.proposalId));
    expect(events(stream.messages).map((event) => event.type)).toEqual([EVENT.proposalSubmit]);
    await stream.close();

    const replay = sseReader(await open(reviewer, id, before));
    await replay.until(isProposal(committed.proposalId));
    expect(events(replay.messages).map((event) => event.type)).toEqual([EVENT.proposalSubmit]);
    await replay.close();
  });

  test("no event reaches someone who may not read the document", async () => {
    const { id } = await importSample("Live refused");
    expect((await open(null, id)).status).toBe(401);
    expect((await open(await createTestActor(), id)).status).toBe(403);
    expect((await open(await createTestActor(), null)).status).toBe(403);
    expect((await open(await createTestActor("editor"), 2_000_000_000)).status).toBe(404);
  });

  test("a deactivated person's streams close at once, on every page", async () => {
    const { id } = await importSample("Live closes");
    const [admin, leaving] = [await createTestActor("admin"), await createTestActor("editor")];
    const onDocument = sseReader(await open(leaving, id));
    const elsewhere = sseReader(await open(leaving, null));
    await onDocument.until((message) => message.event === "presence");
    await elsewhere.until((message) => message.event === "counts");

    await setUserActive({ actor: admin, userId: leaving.id, active: false });
    await onDocument.untilEnd();
    await elsewhere.untilEnd();
    expect(onDocument.ended && elsewhere.ended).toBe(true);
    expect((await open(leaving, id)).status).toBe(401);
  });

  test("events of another document do not reach a document's subscribers", async () => {
    const [watched, other] = [await importSample("Live watched"), await importSample("Live other")];
    const [editor, reviewer] = [await createTestActor("editor"), await createTestActor("reviewer")];
    const stream = sseReader(await open(reviewer, watched.id));
    await stream.until((message) => message.event === "presence");
    await propose(editor, other.segments[1].id, "Elsewhere.");
    const mine = await propose(editor, watched.segments[1].id, "Here.");
    await stream.until(isProposal(mine.proposalId));
    expect(events(stream.messages).every((event) => event.documentId === watched.id)).toBe(true);
    await stream.close();
  });
});

describe("counts that stay current", () => {
  test("a reviewer's waiting count and an author's feedback count arrive on the stream of any page", async () => {
    const { segments } = await importSample("Live counts");
    const [editor, reviewer] = [await createTestActor("editor"), await createTestActor("reviewer")];
    const authorStream = sseReader(await open(editor, null));
    const reviewerStream = sseReader(await open(reviewer, null));
    const initial = JSON.parse((await authorStream.until((message) => message.event === "counts")).data);
    expect(initial).toEqual({ feedback: 0, assigned: 0, mentions: 0 });
    await reviewerStream.until((message) => message.event === "counts");
    const waitingBefore = await getDb().proposal.count({ where: { state: "open" } });

    const { proposalId } = await propose(editor, segments[1].id, "The meeting lasted an hour and a half.");
    await reviewerStream.until((message) => message.event === "counts" && JSON.parse(message.data).waiting >= waitingBefore + 1);
    await rejectProposal({ actor: reviewer, proposalId, reason: "Unnecessary change" });
    await authorStream.until((message) => message.event === "counts" && JSON.parse(message.data).feedback === 1);
    const progress = await authorStream.until((message) => message.event === "progress" && JSON.parse(message.data).some((row: { documentId: number; proposed: number }) => row.documentId === segments[1].documentId && row.proposed === 1));
    expect(progress).toBeDefined();
    await Promise.all([authorStream.close(), reviewerStream.close()]);
  });

  test("an assignment, and its removal, reach the assignee's My work count on the stream of any page", async () => {
    const { id } = await importSample("Live assignment");
    const [admin, editor] = [await createTestActor("admin"), await createTestActor("editor")];
    const stream = sseReader(await open(editor, null));
    expect(JSON.parse((await stream.until((message) => message.event === "counts")).data)).toMatchObject({ assigned: 0 });
    const { id: assignmentId } = await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "1-2" });
    await stream.until((message) => message.event === "counts" && JSON.parse(message.data).assigned === 1);
    await removeAssignment({ actor: admin, assignmentId });
    await stream.until((message) => message.event === "counts" && JSON.parse(message.data).assigned === 0);
    await stream.close();
  });

  test("approving the last open sentence of an assignment, and undoing it, reach the assignee's My work count", async () => {
    const { id, segments } = await importSample("Live work done");
    const [admin, editor, reviewer] = [await createTestActor("admin"), await createTestActor("editor"), await createTestActor("reviewer")];
    await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2" });
    const stream = sseReader(await open(editor, null));
    expect(JSON.parse((await stream.until((message) => message.event === "counts")).data)).toMatchObject({ assigned: 1 });
    const { proposalId } = await propose(editor, segments[1].id, "The meeting lasted an hour and a half.");
    await approveProposal({ actor: reviewer, proposalId });
    await stream.until((message) => message.event === "counts" && JSON.parse(message.data).assigned === 0);
    await undoApproval({ actor: reviewer, proposalId });
    await stream.until((message) => message.event === "counts" && JSON.parse(message.data).assigned === 1);
    await stream.close();
  });
});

describe("presence", () => {
  test("is announced when a tab's place changes, not on every heartbeat, and expires when the tab falls silent", async () => {
    const { id, segments } = await importSample("Live presence");
    const [editor, colleague] = [await createTestActor("editor"), await createTestActor("editor")];
    const stream = sseReader(await open(colleague, id));
    await stream.until((message) => message.event === "presence");
    const tabId = crypto.randomUUID();
    await updatePresence({ actor: editor, documentId: id, tabId, segmentId: segments[1].id, editing: true });
    await expect(updatePresence({ actor: editor, documentId: id, tabId, segmentId: segments[1].id, editing: true })).resolves.toEqual({ changed: false });
    await expect(updatePresence({ actor: editor, documentId: id, tabId, segmentId: 2_000_000_000 })).rejects.toMatchObject({ code: "not_found" });
    const arrived = await stream.until((message) => message.event === "message" && JSON.parse(message.data).type === EVENT.presence);
    expect(JSON.parse(arrived.data).payload.presence).toEqual({ userId: editor.id, name: editor.name, tabId, segmentId: segments[1].id, editing: true });

    await getDb().presence.update({ where: { userId_tabId: { userId: editor.id, tabId } }, data: { seenAt: new Date(Date.now() - 60_000) } });
    await expirePresence();
    await stream.until((message) => message.event === "message" && JSON.parse(message.data).payload.presence?.segmentId === null);
    expect(await getDb().presence.count({ where: { userId: editor.id } })).toBe(0);
    await stream.close();
  });

  test("a deactivated person leaves the sentences they had open at once, not after the expiry", async () => {
    const { id, segments } = await importSample("Live presence deactivated");
    const [leaver, admin] = [await createTestActor("editor"), await createTestActor("admin")];
    const tabId = crypto.randomUUID();
    await updatePresence({ actor: leaver, documentId: id, tabId, segmentId: segments[1].id, editing: true });
    await setUserActive({ actor: admin, userId: leaver.id, active: false });
    expect(await getDb().presence.count({ where: { userId: leaver.id } })).toBe(0);
    const [left] = await getDb().documentEvent.findMany({ where: { documentId: id, type: EVENT.presence }, orderBy: { id: "desc" }, take: 1 });
    expect(left.payload).toEqual({ presence: { userId: leaver.id, name: leaver.name, tabId, segmentId: null, editing: false } });
  });

  test("a renamed person's presence shows the new name at once, where they are", async () => {
    const { id, segments } = await importSample("Live presence renamed");
    const [editor, admin] = [await createTestActor("editor"), await createTestActor("admin")];
    const tabId = crypto.randomUUID();
    await updatePresence({ actor: editor, documentId: id, tabId, segmentId: segments[1].id, editing: true });
    await setUserName({ actor: admin, userId: editor.id, name: "Edith Renamed" });
    const [renamed] = await getDb().documentEvent.findMany({ where: { documentId: id, type: EVENT.presence }, orderBy: { id: "desc" }, take: 1 });
    expect(renamed.payload).toEqual({ presence: { userId: editor.id, name: "Edith Renamed", tabId, segmentId: segments[1].id, editing: true } });
  });
});

describe("the save announces itself in its one statement", () => {
  test("of several editors saving one sentence at once, exactly the saves that won write an event (5 rounds)", async () => {
    const { id, segments } = await importSample("Live race");
    const editors = await Promise.all(Array.from({ length: 4 }, () => createTestActor("editor")));
    for (let round = 0; round < 5; round++) {
      const { version } = await getDb().segment.findUniqueOrThrow({ where: { id: segments[1].id }, select: { version: true } });
      const { submitProposal } = await import("../lib/server/proposals/submit-proposal");
      const results = await Promise.allSettled(editors.map((editor, n) => submitProposal({ actor: editor, segmentId: segments[1].id, text: `Round ${round}, editor ${n}.`, expectedVersion: version })));
      const won = results.filter((result) => result.status === "fulfilled");
      expect(won).toHaveLength(1);
    }
    const written = await getDb().documentEvent.findMany({ where: { documentId: id, type: EVENT.proposalSubmit }, select: { payload: true } });
    const proposals = await getDb().proposal.findMany({ where: { segmentId: segments[1].id }, select: { id: true } });
    expect(written.map((event) => (event.payload as { row: { currentProposal: { id: number } } }).row.currentProposal.id).sort()).toEqual(proposals.map((proposal) => proposal.id).sort());
  });
});
