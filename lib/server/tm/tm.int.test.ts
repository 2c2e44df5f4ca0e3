import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/server/auth/permissions";
import { getDb } from "@/lib/db";
import { exportBackup } from "@/lib/server/backup/export-backup";
import { importBackup } from "@/lib/server/backup/import-backup";
import { bulkApprove } from "@/lib/server/reviews/bulk-approve";
import { editAndApprove } from "@/lib/server/reviews/edit-and-approve";
import { reopenSegment } from "@/lib/server/reviews/reopen-segment";
import { undoApproval } from "@/lib/server/reviews/undo-approval";
import { createTestActor } from "../../../tests/factories";
import { propose } from "../../../tests/permission-fixtures";
import { approveText, importSentences, tmEntryOf, uniqueWord } from "../../../tests/tm-fixtures";
import { getTmMatches } from "./get-tm-matches";

let editor: Actor, reviewer: Actor, admin: Actor;
beforeAll(async () => {
  [editor, reviewer, admin] = await Promise.all([createTestActor("editor"), createTestActor("reviewer"), createTestActor("admin")]);
});

describe("approvals fill the TM", () => {
  test("an approval writes the MT -> final pair with its document, segment and dates; undo takes it out again", async () => {
    const word = uniqueWord();
    const { id, segments } = await importSentences("TM approve", [`The meeting with ${word} borrowed an hour and a half.`]);
    const proposalId = await approveText(editor, reviewer, segments[0].id, `The meeting with ${word} lasted an hour and a half.`);
    expect(await tmEntryOf(segments[0].id)).toMatchObject({
      sourceLanguage: "en-x-mt", targetLanguage: "en", documentId: id, createdById: reviewer.id,
      sourceText: `The meeting with ${word} borrowed an hour and a half.`, targetText: `The meeting with ${word} lasted an hour and a half.`,
      changedAt: expect.any(Date), createdAt: expect.any(Date),
    });
    await undoApproval({ actor: reviewer, proposalId });
    expect(await tmEntryOf(segments[0].id)).toBeNull();
  });

  test("a bilingual segment is keyed by its source; edit-and-approve stores the reviewer's text; bulk approval and reopen follow", async () => {
    const word = uniqueWord();
    const { segments } = await importSentences("TM bilingual", [`Talks with ${word} began.`, `Talks with ${word} ended.`], { source: [`Переговоры с ${word} начались.`, `Переговоры с ${word} закончились.`] });
    const { proposalId } = await propose(editor, segments[0].id, `Talks with ${word} started.`);
    await editAndApprove({ actor: reviewer, proposalId, text: `Talks with ${word} have started.` });
    expect(await tmEntryOf(segments[0].id)).toMatchObject({ sourceLanguage: "ru", targetLanguage: "en", sourceText: `Переговоры с ${word} начались.`, targetText: `Talks with ${word} have started.` });
    const second = await propose(editor, segments[1].id, `Talks with ${word} were over.`);
    await bulkApprove({ actor: reviewer, proposalIds: [second.proposalId] });
    expect(await tmEntryOf(segments[1].id)).toMatchObject({ targetText: `Talks with ${word} were over.` });
    await reopenSegment({ actor: reviewer, segmentId: segments[1].id });
    expect(await tmEntryOf(segments[1].id)).toBeNull();
  });
});

test("a restored backup's approvals join the memory too", async () => {
  const word = uniqueWord();
  const { id, segments } = await importSentences("TM backup", [`The summit of ${word} ended late.`]);
  await approveText(editor, reviewer, segments[0].id, `The ${word} summit ended late.`);
  const restored = await importBackup({ actor: admin, json: await exportBackup({ actor: admin, documentId: id }) });
  const entries = await getDb().translationMemoryEntry.findMany({ where: { documentId: restored.id } });
  expect(entries).toEqual([expect.objectContaining({ sourceText: `The summit of ${word} ended late.`, targetText: `The ${word} summit ended late.`, createdById: null })]);
});

describe("lookup", () => {
  test("another document finds the exact match at 100% and a close sentence at 75% or more, never a distant one", async () => {
    const word = uniqueWord();
    const mt = `The delegation of ${word} arrived in Geneva on Tuesday morning for talks.`;
    const first = await importSentences("TM source", [mt]);
    await approveText(editor, reviewer, first.segments[0].id, `The ${word} delegation arrived in Geneva on Tuesday morning for talks.`);
    const other = await importSentences("TM lookup", [mt, `The delegation of ${word} arrived in Geneva on Tuesday evening for talks.`, `Markets of ${word} did not move at all that week.`]);
    const [exact, fuzzy, distant] = await Promise.all(other.segments.map((segment) => getTmMatches({ actor: editor, documentId: other.id, segmentId: segment.id })));
    expect(exact.matches).toEqual([expect.objectContaining({ exact: true, similarity: 100, documentId: first.id, targetText: `The ${word} delegation arrived in Geneva on Tuesday morning for talks.` })]);
    expect(fuzzy.matches).toHaveLength(1);
    expect(fuzzy.matches[0].exact).toBe(false);
    expect(fuzzy.matches[0].similarity).toBeGreaterThanOrEqual(75);
    expect(fuzzy.matches[0].similarity).toBeLessThan(100);
    expect(distant.matches).toEqual([]);
  });

  test("a sentence's own approval is no match, another sentence of the same document is; pairs approved twice show once", async () => {
    const word = uniqueWord();
    const mt = `Lavrov met ${word} in the Hotel President yesterday.`;
    const { id, segments } = await importSentences("TM same doc", [mt, mt, mt]);
    await approveText(editor, reviewer, segments[0].id, `Lavrov met ${word} at the Hotel President yesterday.`);
    await approveText(editor, reviewer, segments[1].id, `Lavrov met ${word} at the Hotel President yesterday.`);
    const own = await getTmMatches({ actor: editor, documentId: id, segmentId: segments[0].id });
    expect(own.matches).toEqual([expect.objectContaining({ segmentId: segments[1].id, uses: 1 })]);
    const third = await getTmMatches({ actor: reviewer, documentId: id, segmentId: segments[2].id });
    expect(third.matches).toEqual([expect.objectContaining({ exact: true, uses: 2, targetText: `Lavrov met ${word} at the Hotel President yesterday.` })]);
  });

  test("a signed-out visitor is refused; a segment of another document is not found", async () => {
    const { id, segments } = await importSentences("TM perms", [`Nothing about ${uniqueWord()} here.`]);
    await expect(getTmMatches({ actor: null, documentId: id, segmentId: segments[0].id })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(getTmMatches({ actor: admin, documentId: id + 1_000_000, segmentId: segments[0].id })).rejects.toMatchObject({ code: "not_found" });
  });
});

test("the trigram index keeps its pending list short, so a burst of approvals or an import does not slow every lookup", async () => {
  const [index] = await getDb().$queryRaw<{ reloptions: string[] | null }[]>`SELECT reloptions FROM pg_class WHERE relname = 'TranslationMemoryEntry_sourceText_idx'`;
  expect(index.reloptions).toContain("gin_pending_list_limit=256");
});
