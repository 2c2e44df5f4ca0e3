import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { approveProposal } from "@/lib/server/reviews/approve-proposal";
import { importDocument } from "@/lib/server/documents/import-document";
import { createTestActor, uniqueTitle } from "../../../tests/factories";
import { propose } from "../../../tests/permission-fixtures";
import { importText, NAMES_TEXT, versionsOf } from "../../../tests/propagation-fixtures";
import { applyRepeats } from "./apply-repeats";
import { applyReplacement } from "./apply-replacement";
import { findPropagation } from "./find-propagation";
import { findRepeats } from "./find-repeats";
import { previewReplacement } from "./preview-replacement";

let admin: Actor, editor: Actor, reviewer: Actor;
beforeAll(async () => {
  [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
});

const query = (find: string, replace: string, options: { regex?: boolean; caseSensitive?: boolean; wholeWord?: boolean } = {}) => ({ find, replace, ...options });
const proposalsOf = (segmentId: number) => getDb().proposal.findMany({ where: { segmentId }, orderBy: { id: "asc" }, select: { id: true, text: true, state: true, authorId: true, basedOnId: true } });

describe("propagation after an editor's proposal", () => {
  test("offers the other sentences that still spell the name the old way, and applies them as proposals in one step", async () => {
    const { id, segments } = await importText("Names", NAMES_TEXT, admin);
    const first = segments[1];
    const after = first.mtText.replace("Sergey", "Sergei");
    await propose(editor, first.id, after);

    const offers = await findPropagation({ actor: editor, documentId: id, segmentId: first.id, before: first.mtText, after });
    expect(offers).toHaveLength(1);
    const [offer] = offers;
    expect(offer).toMatchObject({ find: "Sergey", replace: "Sergei" });
    // Not the saved sentence, not "Sergei" or "Sergeyev"; "Sergey Ryabkov" is the same spelling, so it is offered too.
    expect(offer.changes.map((change) => change.after)).toEqual(["Lavrov said Sergei Ryabkov took notes.", "Sergei Lavrov left first."]);

    const outcome = await applyReplacement({ actor: editor, documentId: id, query: query("Sergey", "Sergei", { wholeWord: true }), segments: versionsOf(offer.changes), origin: "propagation" });
    expect(outcome.skipped).toEqual([]);
    expect(outcome.applied).toHaveLength(2);
    for (const change of offer.changes) {
      const segment = await getDb().segment.findUniqueOrThrow({ where: { id: change.segmentId } });
      expect(segment).toMatchObject({ status: "proposed", version: change.version + 1, approvedProposalId: null });
      expect(await proposalsOf(change.segmentId)).toMatchObject([{ text: change.after, state: "open", authorId: editor.id, basedOnId: null }]);
    }
    const audit = await getDb().auditEvent.findMany({ where: { documentId: id, action: { in: ["proposal.submit", "document.propagate"] } }, orderBy: { id: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["proposal.submit", "proposal.submit", "proposal.submit", "document.propagate"]);
    expect(audit[1].after).toMatchObject({ origin: "propagation", find: "Sergey", replace: "Sergei", status: "proposed" });
    const events = await getDb().documentEvent.findMany({ where: { documentId: id, type: "proposal.submit" }, orderBy: { id: "asc" } });
    expect(events.slice(1).map((event) => event.segmentId)).toEqual(offer.changes.map((change) => change.segmentId));
    expect(events[1].payload).toMatchObject({ row: { status: "proposed", version: 1, currentProposal: { text: offer.changes[0].after } } });
  });

  test("offers nothing for an edit that only inserts or deletes words", async () => {
    const { id, segments } = await importText("Insertion", NAMES_TEXT, admin);
    const first = segments[1];
    expect(await findPropagation({ actor: editor, documentId: id, segmentId: first.id, before: first.mtText, after: `${first.mtText} Indeed.` })).toEqual([]);
  });
});

test("in a bilingual document, a renamed name is also offered where the source has the same name spelled another way", async () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const mt = "Talks\n\nSergey Lavrov met Blinken in Geneva. Sergej Lavrov was asked about the meeting later. The Sergeyev report came out.\n";
  const source = "Переговоры\n\nСергей Лавров встретился с Блинкеном в Женеве. Сергея Лаврова позже спросили о встрече. Вышел доклад Сергеева.\n";
  const { id } = await importDocument({ actor: admin, bytes: encode(mt), source: { bytes: encode(source) }, input: { title: uniqueTitle("Bilingual names"), sourceLanguage: "ru" } });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  expect(segments.map((segment) => [segment.mtText, segment.sourceText])).toMatchObject([
    ["Talks", "Переговоры"],
    ["Sergey Lavrov met Blinken in Geneva.", expect.stringContaining("Сергей")],
    ["Sergej Lavrov was asked about the meeting later.", expect.stringContaining("Сергея")],
    ["The Sergeyev report came out.", expect.stringContaining("Сергеева")],
  ]);
  const first = segments[1];
  await propose(editor, first.id, "Sergei Lavrov met Blinken in Geneva.");
  const offers = await findPropagation({ actor: editor, documentId: id, segmentId: first.id, before: first.mtText, after: "Sergei Lavrov met Blinken in Geneva." });
  expect(offers).toMatchObject([{ find: "Sergej", replace: "Sergei", bySource: true, changes: [{ segmentId: segments[2].id, after: "Sergei Lavrov was asked about the meeting later." }] }]);
  const outcome = await applyReplacement({ actor: editor, documentId: id, query: offers[0].query, segments: versionsOf(offers[0].changes), origin: "propagation" });
  expect(outcome.applied).toHaveLength(1);
  expect(await proposalsOf(segments[2].id)).toMatchObject([{ text: "Sergei Lavrov was asked about the meeting later." }]);
});

describe("find and replace", () => {
  test("replaces in each sentence's current text: the approved one, else the open proposal, else the MT", async () => {
    const { id, segments } = await importText("Current text", NAMES_TEXT, admin);
    const [, first, , , third] = segments;
    const approved = await propose(editor, first.id, "Sergey Lavrov met Antony Blinken in Geneva.");
    await approveProposal({ actor: reviewer, proposalId: approved.proposalId });
    const open = await propose(editor, third.id, "Sergei Lavrov spoke to the Geneva press.");

    const { changes } = await previewReplacement({ actor: editor, documentId: id, query: query("geneva", "Genf", { caseSensitive: false, wholeWord: true }) });
    expect(changes.map((change) => [change.order, change.before, change.after])).toEqual([
      [1, "Talks in Geneva", "Talks in Genf"],
      [2, "Sergey Lavrov met Antony Blinken in Geneva.", "Sergey Lavrov met Antony Blinken in Genf."],
      [5, "Sergei Lavrov spoke to the Geneva press.", "Sergei Lavrov spoke to the Genf press."],
    ]);
    await applyReplacement({ actor: editor, documentId: id, query: query("geneva", "Genf", { caseSensitive: false, wholeWord: true }), segments: versionsOf(changes) });
    const proposals = await proposalsOf(first.id);
    expect(proposals.at(-1)).toMatchObject({ text: "Sergey Lavrov met Antony Blinken in Genf.", state: "open", basedOnId: approved.proposalId });
    expect((await proposalsOf(third.id)).at(-1)).toMatchObject({ basedOnId: open.proposalId });
    // The approval stands until a reviewer decides the new proposal.
    expect(await getDb().segment.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ approvedProposalId: approved.proposalId, status: "proposed" });
  });

  test("a regex with groups, and a sentence saved since the preview is skipped and reported, not overwritten", async () => {
    const { id, segments } = await importText("Stale", NAMES_TEXT, admin);
    const regex = query("(\\p{Lu}\\p{Ll}+) Lavrov", "Lavrov, $1", { regex: true });
    const { changes } = await previewReplacement({ actor: editor, documentId: id, query: regex });
    expect(changes.map((change) => change.after)).toEqual(["Lavrov, Sergey met Blinken in Geneva.", "Lavrov, Sergei spoke to the press.", "Lavrov, Sergey left first."]);
    const other = await createTestActor("editor");
    const theirs = await propose(other, changes[1].segmentId, "Sergei Lavrov spoke to reporters.");

    const outcome = await applyReplacement({ actor: editor, documentId: id, query: regex, segments: versionsOf(changes) });
    expect(outcome.applied.map((row) => row.segmentId)).toEqual([changes[0].segmentId, changes[2].segmentId]);
    expect(outcome.skipped).toEqual([{ segmentId: changes[1].segmentId, order: changes[1].order, reason: "changed" }]);
    expect(await proposalsOf(changes[1].segmentId)).toMatchObject([{ id: theirs.proposalId, text: "Sergei Lavrov spoke to reporters." }]);
  });

  test("a regex that does not compile or could run catastrophically is refused before it runs, and nothing is stored", async () => {
    const { id, segments } = await importText("Bad regex", NAMES_TEXT, admin);
    const wanted = segments.map((segment) => ({ segmentId: segment.id, expectedVersion: segment.version }));
    await expect(previewReplacement({ actor: editor, documentId: id, query: query("(Sergey", "x", { regex: true }) })).rejects.toMatchObject({
      code: "bad_input",
      message: expect.stringMatching(/^This regular expression is not valid: missing closing \)/),
      fieldErrors: { "query.find": [expect.stringMatching(/not valid/)] },
    });
    await expect(applyReplacement({ actor: editor, documentId: id, query: query("(\\w)\\1", "x", { regex: true }), segments: wanted })).rejects.toMatchObject({
      code: "bad_input",
      message: expect.stringMatching(/backreferences or lookaround/),
    });
    await expect(applyReplacement({ actor: editor, documentId: id, query: query("\\s*", "x", { regex: true }), segments: wanted })).rejects.toMatchObject({ code: "bad_input" });
    expect(await getDb().proposal.count({ where: { segment: { documentId: id } } })).toBe(0);
    expect(await getDb().auditEvent.count({ where: { documentId: id, action: { not: "document.import" } } })).toBe(0);
  });

  test("only editors find and replace; the others are refused and nothing is stored", async () => {
    const { id, segments } = await importText("Who may", NAMES_TEXT, admin);
    const wanted = [{ segmentId: segments[1].id, expectedVersion: 0 }];
    for (const actor of [reviewer, admin, null]) {
      await expect(previewReplacement({ actor, documentId: id, query: query("Sergey", "Sergei") })).rejects.toMatchObject({ code: actor ? "forbidden" : "unauthenticated" });
      await expect(applyReplacement({ actor, documentId: id, query: query("Sergey", "Sergei"), segments: wanted })).rejects.toMatchObject({ code: actor ? "forbidden" : "unauthenticated" });
    }
    await expect(previewReplacement({ actor: editor, documentId: 2_000_000_000, query: query("Sergey", "Sergei") })).rejects.toMatchObject({ code: "not_found" });
    expect(await getDb().proposal.count({ where: { segment: { documentId: id } } })).toBe(0);
  });

  test("a sentence of another document named in the apply is reported missing, not changed", async () => {
    const mine = await importText("Mine", NAMES_TEXT, admin);
    const theirs = await importText("Theirs", NAMES_TEXT, admin);
    const outcome = await applyReplacement({ actor: editor, documentId: mine.id, query: query("Sergey", "Sergei"), segments: [{ segmentId: theirs.segments[1].id, expectedVersion: 0 }] });
    expect(outcome).toEqual({ applied: [], skipped: [{ segmentId: theirs.segments[1].id, order: null, reason: "missing" }] });
  });

  test("a change that brings in an error of the checks is left alone and named; an error the text already had does not hold it back", async () => {
    const { id, segments } = await importText("Check errors", "Talks\n\nThe talks ended in Geneva.\n\nThe summit took place in in Moscow.\n", admin);
    const doubled = query("ended", "ended ended", { wholeWord: true });
    const { changes } = await previewReplacement({ actor: editor, documentId: id, query: doubled });
    expect(changes.map((change) => [change.order, change.held])).toEqual([[2, "checks"]]);
    const refused = await applyReplacement({ actor: editor, documentId: id, query: doubled, segments: versionsOf(changes) });
    expect(refused).toEqual({ applied: [], skipped: [{ segmentId: segments[1].id, order: 2, reason: "checks" }] });

    const renamed = query("summit", "meeting", { wholeWord: true });
    const offered = await previewReplacement({ actor: editor, documentId: id, query: renamed });
    expect(offered.changes.map((change) => change.held)).toEqual([undefined]);
    const applied = await applyReplacement({ actor: editor, documentId: id, query: renamed, segments: versionsOf(offered.changes) });
    expect(applied.skipped).toEqual([]);
    expect(await proposalsOf(segments[2].id)).toMatchObject([{ text: "The meeting took place in in Moscow." }]);
    expect(await proposalsOf(segments[1].id)).toEqual([]);
  });
});

test("a change that would empty a sentence is marked in the preview as the apply leaves it alone", async () => {
  const { id, segments } = await importText("Emptied", "Talks\n\nThe talks ended in Geneva. Nothing else happened.\n", admin);
  const emptying = query("The talks ended in Geneva.", "");
  const { changes } = await previewReplacement({ actor: editor, documentId: id, query: emptying });
  expect(changes.map((change) => [change.order, change.held])).toEqual([[2, "invalid"]]);
  const outcome = await applyReplacement({ actor: editor, documentId: id, query: emptying, segments: versionsOf(changes) });
  expect(outcome).toEqual({ applied: [], skipped: [{ segmentId: segments[1].id, order: 2, reason: "invalid" }] });
});

test("a change of nothing but the spaces around a sentence is no change, as the proposal would be trimmed", async () => {
  const { id } = await importText("Spaces", "Talks\n\nThe talks ended in Geneva. Nothing else happened.\n", admin);
  const { changes } = await previewReplacement({ actor: editor, documentId: id, query: query("Geneva.", "Geneva.   ") });
  expect(changes).toEqual([]);
  const shown = await previewReplacement({ actor: editor, documentId: id, query: query("Geneva.", "Geneva, Switzerland.  ") });
  expect(shown.changes.map((change) => change.after)).toEqual(["The talks ended in Geneva, Switzerland."]);
});

describe("repeats of an approved sentence", () => {
  test("approving a sentence offers its repeats, and the reviewer proposes the approved text for them", async () => {
    const { segments } = await importText("Repeats", NAMES_TEXT, admin);
    const repeats = segments.filter((segment) => segment.mtText === "Thank you for your attention.");
    expect(repeats).toHaveLength(2);
    const { proposalId } = await propose(editor, repeats[0].id, "Thank you for listening.");
    expect(await findRepeats({ actor: reviewer, segmentId: repeats[0].id })).toEqual({ text: null, changes: [] });
    await approveProposal({ actor: reviewer, proposalId });

    const offer = await findRepeats({ actor: reviewer, segmentId: repeats[0].id });
    expect(offer.changes).toEqual([{ segmentId: repeats[1].id, order: repeats[1].order, version: 0, before: "Thank you for your attention.", after: "Thank you for listening.", count: 1 }]);
    const outcome = await applyRepeats({ actor: reviewer, segmentId: repeats[0].id, segments: versionsOf(offer.changes) });
    expect(outcome.applied).toHaveLength(1);
    expect(await proposalsOf(repeats[1].id)).toMatchObject([{ text: "Thank you for listening.", state: "open", authorId: reviewer.id }]);
    expect(await getDb().segment.findUniqueOrThrow({ where: { id: repeats[1].id } })).toMatchObject({ status: "proposed", approvedProposalId: null });
    // A sentence with another MT named in the apply is not given the text.
    const stranger = segments[1];
    expect((await applyRepeats({ actor: reviewer, segmentId: repeats[0].id, segments: [{ segmentId: stranger.id, expectedVersion: 0 }] })).skipped).toMatchObject([{ reason: "unchanged" }]);
    expect(await findRepeats({ actor: reviewer, segmentId: repeats[0].id })).toMatchObject({ changes: [] });
  });
});
