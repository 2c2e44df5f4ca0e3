import { beforeAll, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { createTestActor } from "../../../tests/factories";
import { importText, versionsOf } from "../../../tests/propagation-fixtures";
import { approveProposal } from "@/lib/server/reviews/approve-proposal";
import { propose } from "../../../tests/permission-fixtures";
import { applyRepeats } from "./apply-repeats";
import { applyReplacement } from "./apply-replacement";
import { findRepeats } from "./find-repeats";
import { previewReplacement } from "./preview-replacement";

const ROUNDS = 10;
const TEXT = `Race\n\n${Array.from({ length: 12 }, (_, i) => `Sergey Lavrov made point ${i + 1}.`).join(" ")}\n`;

let admin: Actor, first: Actor, second: Actor, reviewer: Actor;
beforeAll(async () => {
  [admin, first, second, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("editor"), createTestActor("reviewer")]);
});

test(`two editors applying overlapping replacements at once: each sentence gets exactly one proposal, the other is reported, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { id } = await importText("Replace race", TEXT, admin);
    const sergei = { find: "Sergey", replace: "Sergei", wholeWord: true };
    const lavroff = { find: "Lavrov", replace: "Lavroff", wholeWord: true };
    const [a, b] = await Promise.all([previewReplacement({ actor: first, documentId: id, query: sergei }), previewReplacement({ actor: second, documentId: id, query: lavroff })]);
    // Sentences 1-8 and 5-12, the second listed backwards: the locks must not depend on the order of the list.
    const mine = versionsOf(a.changes.slice(0, 8));
    const theirs = versionsOf(b.changes.slice(4)).reverse();
    const [x, y] = await Promise.all([
      applyReplacement({ actor: first, documentId: id, query: sergei, segments: mine }),
      applyReplacement({ actor: second, documentId: id, query: lavroff, segments: theirs }),
    ]);

    expect(x.applied.length + x.skipped.length).toBe(8);
    expect(y.applied.length + y.skipped.length).toBe(8);
    expect([...x.skipped, ...y.skipped].every((skip) => skip.reason === "changed")).toBe(true);
    expect(x.applied.length + y.applied.length).toBe(12);
    const proposals = await getDb().proposal.findMany({ where: { segment: { documentId: id } }, select: { segmentId: true, authorId: true, text: true } });
    const bySegment = new Map<number, typeof proposals>();
    for (const proposal of proposals) bySegment.set(proposal.segmentId, [...(bySegment.get(proposal.segmentId) ?? []), proposal]);
    expect(bySegment.size).toBe(12);
    for (const [segmentId, list] of bySegment) {
      expect(list).toHaveLength(1);
      const winner = x.applied.some((row) => row.segmentId === segmentId) ? first : second;
      expect(list[0].authorId).toBe(winner.id);
      expect(list[0].text).toMatch(winner === first ? /^Sergei Lavrov made/ : /^Sergey Lavroff made/);
    }
    const segments = await getDb().segment.findMany({ where: { documentId: id, order: { gt: 1 } }, select: { version: true, status: true, currentProposalId: true } });
    expect(segments.every((segment) => segment.version === 1 && segment.status === "proposed" && segment.currentProposalId !== null)).toBe(true);
  }
});

test(`two editors applying the same propagation at once: one proposal per sentence, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { id } = await importText("Same propagation race", TEXT, admin);
    const sergei = { find: "Sergey", replace: "Sergei", wholeWord: true };
    const { changes } = await previewReplacement({ actor: first, documentId: id, query: sergei });
    const [x, y] = await Promise.all([
      applyReplacement({ actor: first, documentId: id, query: sergei, segments: versionsOf(changes), origin: "propagation" }),
      applyReplacement({ actor: second, documentId: id, query: sergei, segments: versionsOf(changes).reverse(), origin: "propagation" }),
    ]);
    expect(x.applied.length + y.applied.length).toBe(12);
    expect(x.skipped.length + y.skipped.length).toBe(12);
    expect(await getDb().proposal.count({ where: { segment: { documentId: id } } })).toBe(12);
  }
});

test(`a reviewer proposing an approved text for its repeats while an editor replaces in them: one proposal per sentence, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  const repeated = `Repeats\n\n${Array.from({ length: 8 }, () => "Sergey Lavrov said nothing.").join(" ")}\n`;
  for (let round = 0; round < ROUNDS; round++) {
    const { id, segments } = await importText("Repeat race", repeated, admin);
    const { proposalId } = await propose(first, segments[1].id, "Sergei Lavrov said nothing new.");
    await approveProposal({ actor: reviewer, proposalId });
    const sergei = { find: "Sergey", replace: "Sergei", wholeWord: true };
    const [repeats, replace] = await Promise.all([findRepeats({ actor: reviewer, segmentId: segments[1].id }), previewReplacement({ actor: second, documentId: id, query: sergei })]);
    expect(repeats.changes).toHaveLength(7);
    const [x, y] = await Promise.all([
      applyRepeats({ actor: reviewer, segmentId: segments[1].id, segments: versionsOf(repeats.changes) }),
      applyReplacement({ actor: second, documentId: id, query: sergei, segments: versionsOf(replace.changes).reverse() }),
    ]);
    expect(x.applied.length + y.applied.length).toBe(7);
    expect([...x.skipped, ...y.skipped].every((skip) => skip.reason === "changed")).toBe(true);
    const counts = await getDb().proposal.groupBy({ by: ["segmentId"], where: { segment: { documentId: id }, id: { not: proposalId } }, _count: true });
    expect(counts.map((row) => row._count)).toEqual(Array(7).fill(1));
  }
});
