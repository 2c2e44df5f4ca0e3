import { afterAll, describe, expect, test } from "vitest";
import { GET as userStream } from "../app/live/route";
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { countUnreadMentions } from "../lib/server/comments/count-unread-mentions";
import { createComment } from "../lib/server/comments/create-comment";
import { getCommentThread } from "../lib/server/comments/get-comment-thread";
import { listNotifications } from "../lib/server/comments/list-notifications";
import { markMentionsRead } from "../lib/server/comments/mark-mentions-read";
import { reopenThread } from "../lib/server/comments/reopen-thread";
import { resolveThread } from "../lib/server/comments/resolve-thread";
import { exportDocument } from "../lib/server/export/export-document";
import { EVENT } from "../lib/server/live/event-types";
import { getHub } from "../lib/server/live/hub";
import { mergeWithNext } from "../lib/server/segments/merge-segments";
import { setUserActive } from "../lib/server/users/set-user-active";
import { createTestActor } from "./factories";
import { sseReader } from "./live-stream-reader";
import { importSample } from "./permission-fixtures";
import { sessionHeaders } from "./sign-in";

afterAll(() => getHub().stop());

const auditOf = (documentId: number, action: string) => getDb().auditEvent.findMany({ where: { documentId, action }, orderBy: { id: "asc" } });

describe("comments", () => {
  test("every role comments on a sentence and on the document; the thread lists them oldest first, audited and announced live", async () => {
    const { id, segments } = await importSample("Comments");
    const [admin, editor, reviewer] = [await createTestActor("admin"), await createTestActor("editor"), await createTestActor("reviewer")];
    await createComment({ actor: editor, documentId: id, segmentId: segments[1].id, body: "  Is “borrowed” right?  " });
    await createComment({ actor: reviewer, documentId: id, segmentId: String(segments[1].id) as never, body: "No: lasted." });
    await createComment({ actor: admin, documentId: id, segmentId: null, body: "Please finish by Friday." });

    const thread = await getCommentThread({ actor: editor, documentId: id, segmentId: segments[1].id });
    expect(thread.comments.map((comment) => [comment.author.id, comment.body])).toEqual([[editor.id, "Is “borrowed” right?"], [reviewer.id, "No: lasted."]]);
    expect(thread.resolved).toBeNull();
    const whole = await getCommentThread({ actor: reviewer, documentId: id, segmentId: null });
    expect(whole.comments.map((comment) => comment.body)).toEqual(["Please finish by Friday."]);
    expect(await getCommentThread({ actor: reviewer, documentId: id, segmentId: segments[2].id })).toMatchObject({ id: null, comments: [] });

    expect((await auditOf(id, "comment.create")).map((event) => [event.entityType, event.segmentId, (event.after as { text: string }).text])).toEqual([
      ["Comment", segments[1].id, "Is “borrowed” right?"],
      ["Comment", segments[1].id, "No: lasted."],
      ["Comment", null, "Please finish by Friday."],
    ]);
    const events = await getDb().documentEvent.findMany({ where: { documentId: id, type: EVENT.commentCreate }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.segmentId, (event.payload as { comment: { body: string } }).comment.body])).toEqual([
      [segments[1].id, "Is “borrowed” right?"],
      [segments[1].id, "No: lasted."],
      [null, "Please finish by Friday."],
    ]);
  });

  test.each([
    ["an empty comment", "   ", /Write a comment first/],
    ["a comment too long", "x".repeat(4_001), /under 4,000 characters/],
    ["a NUL character", "a\u0000b", /NUL character/],
  ])("refuses %s and stores nothing", async (_label, body, message) => {
    const { id, segments } = await importSample("Bad comment");
    const editor = await createTestActor("editor");
    await expect(createComment({ actor: editor, documentId: id, segmentId: segments[1].id, body })).rejects.toMatchObject({ code: "bad_input", message: expect.stringMatching(message) });
    expect(await getDb().commentThread.count({ where: { documentId: id } })).toBe(0);
    expect(await auditOf(id, "comment.create")).toEqual([]);
  });

  test("a sentence of another document, or none, is not found and stores nothing", async () => {
    const [one, two] = [await importSample("Comment place"), await importSample("Comment other")];
    const editor = await createTestActor("editor");
    await expect(createComment({ actor: editor, documentId: one.id, segmentId: two.segments[1].id, body: "Here?" })).rejects.toMatchObject({ code: "not_found" });
    await expect(createComment({ actor: editor, documentId: 2_000_000_000, segmentId: null, body: "Here?" })).rejects.toMatchObject({ code: "not_found" });
    expect(await getDb().commentThread.count({ where: { documentId: { in: [one.id, two.id] } } })).toBe(0);
  });

  test("someone who may not read documents neither reads nor writes comments nor notifications", async () => {
    const { id, segments } = await importSample("Comments hidden");
    const editor = await createTestActor("editor");
    const nobody = await createTestActor();
    await createComment({ actor: editor, documentId: id, segmentId: segments[1].id, body: `Private note for @${nobody.email}` });
    await expect(getCommentThread({ actor: nobody, documentId: id, segmentId: segments[1].id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createComment({ actor: nobody, documentId: id, segmentId: segments[1].id, body: "Let me in" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listNotifications({ actor: nobody })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getCommentThread({ actor: null, documentId: id, segmentId: null })).rejects.toMatchObject({ code: "unauthenticated" });
    // Without a role one cannot be mentioned either: nobody was notified.
    expect(await getDb().mention.count({ where: { userId: nobody.id } })).toBe(0);
  });
});

describe("mentions", () => {
  test("a mention by email or unique name notifies that person once, not the author; marking read clears the count", async () => {
    const { id, segments, title } = await importSample("Mentions");
    const editor = await createTestActor("editor");
    const reviewer = await createTestActor("reviewer");
    const named = await getDb().user.update({ where: { id: (await createTestActor("reviewer")).id }, data: { name: `Rui ${title}` } });
    const result = await createComment({
      actor: editor,
      documentId: id,
      segmentId: segments[2].id,
      body: `@${reviewer.email.toUpperCase()}, and @rui ${title.toLowerCase()}: see @${editor.email} and @Test reviewer.`,
    });
    expect(result.comment.mentions.map((person) => person.id).sort()).toEqual([reviewer.id, named.id].sort());
    // Every test reviewer is called "Test reviewer": that name mentions nobody, and the author is told.
    expect(result.ambiguous).toEqual(["@test reviewer"]);
    expect(await countUnreadMentions({ actor: editor })).toBe(0);
    expect(await countUnreadMentions({ actor: reviewer })).toBe(1);

    const [notification] = await listNotifications({ actor: reviewer });
    expect(notification).toMatchObject({ read: false, author: "Test editor", documentId: id, documentTitle: title, segment: { id: segments[2].id, order: segments[2].order } });
    expect(notification.body).toContain("see @");
    // Marking someone else's notification changes nothing.
    expect(await markMentionsRead({ actor: editor, mentionIds: [notification.id] })).toEqual({ marked: 0 });
    expect(await markMentionsRead({ actor: reviewer, mentionIds: [notification.id] })).toEqual({ marked: 1 });
    expect(await countUnreadMentions({ actor: reviewer })).toBe(0);
    expect((await listNotifications({ actor: reviewer }))[0].read).toBe(true);
  });

  test("mentioning a deactivated person by email notifies nobody, and the author is told", async () => {
    const { id, segments } = await importSample("Mention gone");
    const [editor, admin, leaver] = [await createTestActor("editor"), await createTestActor("admin"), await createTestActor("reviewer")];
    await setUserActive({ actor: admin, userId: leaver.id, active: false });
    const result = await createComment({ actor: editor, documentId: id, segmentId: segments[1].id, body: `Over to @${leaver.email}.` });
    expect(result.comment.mentions).toEqual([]);
    expect(result.unknown).toEqual([`@${leaver.email}`]);
    expect(await getDb().mention.count({ where: { userId: leaver.id } })).toBe(0);
  });

  test("the mentioned person's open stream gets the new count live", async () => {
    const { id } = await importSample("Mention live");
    const [editor, reviewer] = [await createTestActor("editor"), await createTestActor("reviewer")];
    const stream = sseReader(await userStream(new Request("http://localhost/live", { headers: await sessionHeaders(reviewer) }), { params: Promise.resolve({}) }));
    await stream.until((message) => message.event === "counts" && JSON.parse(message.data).mentions === 0);
    await createComment({ actor: editor, documentId: id, segmentId: null, body: `@${reviewer.email} have a look` });
    await stream.until((message) => message.event === "counts" && JSON.parse(message.data).mentions === 1);
    await markMentionsRead({ actor: reviewer });
    await stream.until((message) => message.event === "counts" && JSON.parse(message.data).mentions === 0);
    await stream.close();
  });
});

describe("resolving threads", () => {
  test("resolve, then a second resolve is a conflict; reopen; a new comment reopens a resolved thread", async () => {
    const { id, segments } = await importSample("Resolve");
    const [editor, reviewer] = [await createTestActor("editor"), await createTestActor("reviewer")];
    const { threadId } = await createComment({ actor: editor, documentId: id, segmentId: segments[1].id, body: "Which verb?" });
    expect(await resolveThread({ actor: reviewer, threadId })).toMatchObject({ id: threadId, resolved: { by: { id: reviewer.id } } });
    await expect(resolveThread({ actor: editor, threadId })).rejects.toMatchObject({ code: "conflict", message: "Test reviewer has already resolved this thread." });
    expect(await reopenThread({ actor: editor, threadId })).toEqual({ id: threadId, resolved: null });
    await expect(reopenThread({ actor: editor, threadId })).rejects.toMatchObject({ code: "conflict" });
    await resolveThread({ actor: editor, threadId });
    await createComment({ actor: reviewer, documentId: id, segmentId: segments[1].id, body: "Not settled after all." });
    expect((await getCommentThread({ actor: editor, documentId: id, segmentId: segments[1].id })).resolved).toBeNull();
    expect((await auditOf(id, "comment-thread.resolve")).length).toBe(2);
    expect((await auditOf(id, "comment-thread.reopen")).length).toBe(1);
    expect((await auditOf(id, "comment.create")).map((event) => (event.after as { reopened?: boolean }).reopened)).toEqual([undefined, true]);
    await expect(resolveThread({ actor: editor, threadId: 2_000_000_000 })).rejects.toMatchObject({ code: "not_found" });
  });

  test("a merge keeps the second sentence's comments in the first sentence's thread", async () => {
    const { id, segments } = await importSample("Comment merge");
    const editor = await createTestActor("editor");
    await createComment({ actor: editor, documentId: id, segmentId: segments[1].id, body: "On the first." });
    await createComment({ actor: editor, documentId: id, segmentId: segments[2].id, body: "On the second." });
    await mergeWithNext({ actor: editor, segmentId: segments[1].id, version: segments[1].version });
    const thread = await getCommentThread({ actor: editor, documentId: id, segmentId: segments[1].id });
    expect(thread.comments.map((comment) => comment.body)).toEqual(["On the first.", "On the second."]);
    expect(await getDb().commentThread.count({ where: { documentId: id } })).toBe(1);
  });
});

describe("two people on one thread at once", () => {
  test("first comments at once make one thread with both comments", async () => {
    const { id, segments } = await importSample("Comment race");
    const people: Actor[] = [await createTestActor("editor"), await createTestActor("reviewer"), await createTestActor("admin")];
    await Promise.all(people.map((actor, i) => createComment({ actor, documentId: id, segmentId: i < 3 ? segments[1].id : null, body: `Comment ${i}` })));
    await Promise.all(people.map((actor, i) => createComment({ actor, documentId: id, segmentId: null, body: `On the document ${i}` })));
    const threads = await getDb().commentThread.findMany({ where: { documentId: id }, include: { _count: { select: { comments: true } } } });
    expect(threads.map((thread) => [thread.segmentId, thread._count.comments]).sort()).toEqual([[segments[1].id, 3], [null, 3]].sort());
  });

  test("two resolve at once: one resolves, the other is told; a comment racing a resolve leaves the state of whichever came last", async () => {
    const { id, segments } = await importSample("Resolve race");
    const [editor, reviewer] = [await createTestActor("editor"), await createTestActor("reviewer")];
    const { threadId } = await createComment({ actor: editor, documentId: id, segmentId: segments[1].id, body: "Which verb?" });
    const outcomes = await Promise.allSettled([resolveThread({ actor: editor, threadId }), resolveThread({ actor: reviewer, threadId })]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect(await auditOf(id, "comment-thread.resolve")).toHaveLength(1);

    await reopenThread({ actor: editor, threadId });
    await Promise.all([resolveThread({ actor: reviewer, threadId }), createComment({ actor: editor, documentId: id, segmentId: segments[1].id, body: "Still unsure." })]);
    const last = await getDb().auditEvent.findFirstOrThrow({ where: { documentId: id, action: { in: ["comment-thread.resolve", "comment.create"] } }, orderBy: { id: "desc" } });
    const { resolved } = await getCommentThread({ actor: editor, documentId: id, segmentId: segments[1].id });
    expect(resolved === null).toBe(last.action === "comment.create");
  });
});

describe("comments in the XLIFF export", () => {
  test("are notes of their unit, and the document's are the file's; anonymous raters hide the authors' emails", async () => {
    const { id, segments } = await importSample("Comment export");
    const [admin, editor, reviewer] = [await createTestActor("admin"), await createTestActor("editor"), await createTestActor("reviewer")];
    const { threadId } = await createComment({ actor: editor, documentId: id, segmentId: segments[1].id, body: "Is “borrowed” <right>?" });
    await resolveThread({ actor: reviewer, threadId });
    await createComment({ actor: admin, documentId: id, segmentId: null, body: "Due Friday." });
    const xliff = String((await exportDocument({ actor: admin, documentId: id, format: "xliff" })).body);
    expect(xliff).toContain(`<note category="comment">(resolved) Is “borrowed” &lt;right&gt;? (${editor.email})</note>`);
    expect(xliff).toContain(`<notes>\n      <note category="comment">Due Friday. (${admin.email})</note>`);
    const xliff12 = String((await exportDocument({ actor: admin, documentId: id, format: "xliff12" })).body);
    expect(xliff12).toContain(`<note from="${editor.email}" annotates="general">comment: (resolved) Is “borrowed” &lt;right&gt;?</note>`);
    expect(xliff12).toMatch(/<header>\s*<note from="[^"]+">comment: Due Friday.<\/note>/);
    const anonymous = String((await exportDocument({ actor: admin, documentId: id, format: "xliff", raters: "anonymous" })).body);
    expect(anonymous).toContain("Is “borrowed”");
    expect(anonymous).not.toContain(editor.email);
  });
});
