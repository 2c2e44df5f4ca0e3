import { beforeAll, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { approveProposal } from "@/lib/server/reviews/approve-proposal";
import { createTestActor } from "../../../tests/factories";
import { propose } from "../../../tests/permission-fixtures";
import { importSentences, tmEntryOf, uniqueWord } from "../../../tests/tm-fixtures";
import { getTmMatches } from "./get-tm-matches";
import { importTm } from "./import-tm";

const ROUNDS = 8;
let editor: Actor, otherEditor: Actor, first: Actor, second: Actor, admin: Actor;
beforeAll(async () => {
  [editor, otherEditor, first, second, admin] = await Promise.all([createTestActor("editor"), createTestActor("editor"), createTestActor("reviewer"), createTestActor("reviewer"), createTestActor("admin")]);
});

test(`two reviewers approve the same sentence in two documents at once: one entry each, one match for a third document, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const word = uniqueWord();
    const mt = `The talks with ${word} borrowed two hours on Friday.`;
    const final = `The talks with ${word} lasted two hours on Friday.`;
    const [a, b, c] = await Promise.all([importSentences("TM race A", [mt], { admin }), importSentences("TM race B", [mt], { admin }), importSentences("TM race C", [mt], { admin })]);
    const [pa, pb] = await Promise.all([propose(editor, a.segments[0].id, final), propose(otherEditor, b.segments[0].id, final)]);
    await Promise.all([approveProposal({ actor: first, proposalId: pa.proposalId }), approveProposal({ actor: second, proposalId: pb.proposalId })]);
    const entries = await getDb().translationMemoryEntry.findMany({ where: { segmentId: { in: [a.segments[0].id, b.segments[0].id] } } });
    expect(entries.map((entry) => entry.targetText)).toEqual([final, final]);
    const { matches } = await getTmMatches({ actor: editor, documentId: c.id, segmentId: c.segments[0].id });
    // Earlier rounds' sentences differ by one word and may match fuzzily; this round's pair must be there once, exactly.
    expect(matches.filter((match) => match.sourceText.includes(word))).toEqual([expect.objectContaining({ exact: true, targetText: final, uses: 2 })]);
  }
});

test(`two reviewers approve two competing proposals of one sentence at once: one entry, the segment's approved text, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const word = uniqueWord();
    const { segments } = await importSentences("TM race one", [`Blinken told ${word} the answer.`], { admin });
    const segmentId = segments[0].id;
    const p1 = await propose(editor, segmentId, `Blinken gave ${word} the answer.`);
    const p2 = await propose(otherEditor, segmentId, `Blinken told ${word} his answer.`);
    const results = await Promise.allSettled([approveProposal({ actor: first, proposalId: p1.proposalId }), approveProposal({ actor: second, proposalId: p2.proposalId })]);
    expect(results.some((result) => result.status === "fulfilled")).toBe(true);
    const segment = await getDb().segment.findUniqueOrThrow({ where: { id: segmentId }, select: { approvedProposal: { select: { text: true } } } });
    expect((await tmEntryOf(segmentId))?.targetText).toBe(segment.approvedProposal?.text);
    expect(await getDb().translationMemoryEntry.count({ where: { segmentId } })).toBe(1);
  }
});

test("the same TMX imported twice at once adds its pairs once", async () => {
  const word = uniqueWord();
  const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="ru"/><body>
    <tu><tuv xml:lang="ru"><seg>Сказал ${word}.</seg></tuv><tuv xml:lang="en"><seg>${word} said.</seg></tuv></tu>
    <tu><tuv xml:lang="ru"><seg>Ответил ${word}.</seg></tuv><tuv xml:lang="en"><seg>${word} answered.</seg></tuv></tu></body></tmx>`;
  const [x, y] = await Promise.all([importTm({ actor: admin, xml: tmx }), importTm({ actor: first, xml: tmx })]);
  expect([x.imported + y.imported, x.skipped + y.skipped]).toEqual([2, 2]);
  expect(await getDb().translationMemoryEntry.count({ where: { targetText: { in: [`${word} said.`, `${word} answered.`] } } })).toBe(2);
});
