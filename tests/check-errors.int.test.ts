import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { exportBackup } from "@/lib/server/backup/export-backup";
import { importBackup } from "@/lib/server/backup/import-backup";
import { countFindings } from "@/lib/server/checks/count-findings";
import { dismissFinding } from "@/lib/server/checks/dismiss-finding";
import { listSegmentFindings } from "@/lib/server/checks/list-segment-findings";
import { importDocument } from "@/lib/server/documents/import-document";
import { rejectProposal } from "@/lib/server/reviews/reject-proposal";
import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { splitSegment } from "@/lib/server/segments/split-segment";
import { getSegmentDetail } from "@/lib/server/workspace/get-segment-detail";
import { createTestActor, uniqueTitle } from "./factories";

const TEXT = "Talks in Geneva\n\nThe meeting borrowed an hour. The summit took place in in Moscow. Lavrov left.\n";

async function sample() {
  const { id } = await importDocument({ actor: await createTestActor("admin"), bytes: new TextEncoder().encode(TEXT), input: { title: uniqueTitle("Check errors") } });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" }, select: { id: true, mtText: true } });
  const [, meeting, summit, left] = segments;
  return { documentId: id, meeting, summit, left };
}

describe("errors found by the checks block a proposal", () => {
  test("an error in the proposed text refuses it with a message naming the finding, and stores nothing", async () => {
    const { documentId, summit } = await sample();
    const editor = await createTestActor("editor");
    const failure = await submitProposal({ actor: editor, documentId, segmentId: summit.id, text: "The summit was held in in Moscow.", expectedVersion: 0 }).catch((error) => error);
    expect(failure).toMatchObject({ code: "bad_input", fieldErrors: { text: [expect.stringContaining("doubled-word on “in in”")] } });
    expect(failure.detail.checkErrors).toEqual([expect.objectContaining({ check: "doubled-word", severity: "error", text: "in in" })]);
    expect(await getDb().proposal.count({ where: { segmentId: summit.id } })).toBe(0);
    const audit = await getDb().auditEvent.count({ where: { segmentId: summit.id, action: "proposal.submit" } });
    expect(audit).toBe(0);
  });

  test("a warning does not block, and a fixed error lets the proposal through without an override", async () => {
    const { documentId, meeting, summit } = await sample();
    const editor = await createTestActor("editor");
    // "borrowed an hour" is an mt-pattern warning.
    await submitProposal({ actor: editor, documentId, segmentId: meeting.id, text: "The meeting borrowed an hour, they said.", expectedVersion: 0 });
    const fixed = await submitProposal({ actor: editor, documentId, segmentId: summit.id, text: "The summit was held in Moscow.", expectedVersion: 0 });
    const stored = await getDb().proposal.findUniqueOrThrow({ where: { id: fixed.proposalId } });
    expect(stored.checkOverride).toBeNull();
  });

  test("a check of severity error may report a milder hit: a stray direction mark warns, an override blocks", async () => {
    const { documentId, meeting, summit } = await sample();
    const editor = await createTestActor("editor");
    await submitProposal({ actor: editor, documentId, segmentId: meeting.id, text: "The meeting lasted\u200E an hour.", expectedVersion: 0 });
    const failure = await submitProposal({ actor: editor, documentId, segmentId: summit.id, text: "The summit was held in \u202EMoscow.", expectedVersion: 0 }).catch((error) => error);
    expect(failure.detail.checkErrors).toEqual([expect.objectContaining({ check: "bidi-control", severity: "error", text: "\u202EMoscow." })]);
  });

  test("with a reason the proposal is saved; the reason and the findings are stored, audited and shown to reviewers", async () => {
    const { documentId, summit } = await sample();
    const editor = await createTestActor("editor");
    const text = "The summit took place in in Moscow, as quoted.";
    await expect(submitProposal({ actor: editor, documentId, segmentId: summit.id, text, expectedVersion: 0, checkOverrideReason: "   " })).rejects.toMatchObject({
      code: "bad_input",
      fieldErrors: { checkOverrideReason: [expect.stringContaining("Say why")] },
    });
    const saved = await submitProposal({ actor: editor, documentId, segmentId: summit.id, text, expectedVersion: 0, checkOverrideReason: "The speaker repeats himself; keep it." });
    const override = { reason: "The speaker repeats himself; keep it.", findings: [{ check: "doubled-word", text: "in in", message: expect.any(String) }] };
    expect((await getDb().proposal.findUniqueOrThrow({ where: { id: saved.proposalId } })).checkOverride).toEqual(override);
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { segmentId: summit.id, action: "proposal.submit" } });
    expect(event.after).toMatchObject({ text, checkOverride: override });
    const detail = await getSegmentDetail({ actor: await createTestActor("reviewer"), documentId, segmentId: summit.id });
    expect(detail.proposals[0].checkOverride).toEqual(override);
  });

  test("a finding dismissed on the MT does not block a proposal that keeps its words", async () => {
    const { documentId, summit } = await sample();
    const editor = await createTestActor("editor");
    const { findings } = await listSegmentFindings({ actor: editor, documentId, segmentId: summit.id });
    const doubled = findings.find((f) => f.check === "doubled-word")!;
    await dismissFinding({ actor: editor, documentId, segmentId: summit.id, check: "doubled-word", start: doubled.start, end: doubled.end });
    await submitProposal({ actor: editor, documentId, segmentId: summit.id, text: "The summit was held in in Moscow.", expectedVersion: 0 });
  });

  test("the open sentence's findings: its MT's, and those its latest proposal still has", async () => {
    const { documentId, summit } = await sample();
    const editor = await createTestActor("editor");
    const before = await listSegmentFindings({ actor: editor, documentId, segmentId: summit.id });
    expect(before.findings.map((f) => [f.check, f.text])).toEqual([["doubled-word", "in in"]]);
    expect(before.current).toBeNull();
    await submitProposal({ actor: editor, documentId, segmentId: summit.id, text: "The summit was held in Moscow.", expectedVersion: 0 });
    const after = await listSegmentFindings({ actor: editor, documentId, segmentId: summit.id });
    expect(after.findings).toHaveLength(1); // still an error of the MT, for the MQM record
    expect(after.current).toEqual({ text: "The summit was held in Moscow.", findings: [] });
  });

  test("a sentence of another document is not found through this one", async () => {
    const { documentId } = await sample();
    const other = await sample();
    const editor = await createTestActor("editor");
    await expect(listSegmentFindings({ actor: editor, documentId, segmentId: other.summit.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(listSegmentFindings({ actor: editor, documentId, segmentId: 2_000_000_000 })).rejects.toMatchObject({ code: "not_found" });
  });

  test("a proposal with an error, sent through another document's address, is not found rather than checked", async () => {
    const { documentId } = await sample();
    const other = await sample();
    const editor = await createTestActor("editor");
    const failure = await submitProposal({ actor: editor, documentId, segmentId: other.summit.id, text: "The summit was held in in Moscow.", expectedVersion: 0 }).catch((error) => error);
    expect(failure).toMatchObject({ code: "not_found" });
    expect(await getDb().proposal.count({ where: { segmentId: other.summit.id } })).toBe(0);
  });

  test("a rejected proposal is not the sentence's text: its findings are not shown, nor the MT's as fixed by it", async () => {
    const { documentId, summit } = await sample();
    const editor = await createTestActor("editor");
    const { proposalId } = await submitProposal({ actor: editor, documentId, segmentId: summit.id, text: "The summit was held in Moscow.", expectedVersion: 0 });
    await rejectProposal({ actor: await createTestActor("reviewer"), proposalId, reason: "Meaning changed or lost" });
    const after = await listSegmentFindings({ actor: editor, documentId, segmentId: summit.id });
    expect(after.findings.map((f) => f.check)).toEqual(["doubled-word"]);
    expect(after.current).toBeNull();
  });

  test("counts undecided errors and warnings per sentence, only of the document named", async () => {
    const { documentId, meeting, summit, left } = await sample();
    const other = await sample();
    const editor = await createTestActor("editor");
    const counts = await countFindings({ actor: editor, documentId, segmentIds: [meeting.id, summit.id, left.id, other.summit.id] });
    expect(counts).toEqual([
      { segmentId: meeting.id, errors: 0, warnings: 1 },
      { segmentId: summit.id, errors: 1, warnings: 0 },
    ]);
    await expect(countFindings({ actor: editor, documentId, segmentIds: Array.from({ length: 1_001 }, (_, i) => i + 1) })).rejects.toMatchObject({ code: "bad_input" });
  });

  test("only people who may see the document read findings; only editors submit over an error", async () => {
    const { documentId, summit } = await sample();
    await expect(listSegmentFindings({ actor: null, documentId, segmentId: summit.id })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(countFindings({ actor: null, documentId, segmentIds: [summit.id] })).rejects.toMatchObject({ code: "unauthenticated" });
    const reviewer = await createTestActor("reviewer");
    expect((await listSegmentFindings({ actor: reviewer, documentId, segmentId: summit.id })).findings).toHaveLength(1);
    await expect(submitProposal({ actor: reviewer, documentId, segmentId: summit.id, text: "The summit took place in in Moscow.", expectedVersion: 0, checkOverrideReason: "Keep it." })).rejects.toMatchObject({ code: "forbidden" });
    expect(await getDb().proposal.count({ where: { segmentId: summit.id } })).toBe(0);
  });

  test("two editors submitting over an error at once: one proposal is stored with its reason, the other is a conflict", async () => {
    const { documentId, summit } = await sample();
    const [first, second] = [await createTestActor("editor"), await createTestActor("editor")];
    const submit = (actor: typeof first, reason: string) =>
      submitProposal({ actor, documentId, segmentId: summit.id, text: "The summit took place in in Moscow!", expectedVersion: 0, checkOverrideReason: reason });
    const results = await Promise.allSettled([submit(first, "First reason."), submit(second, "Second reason.")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    const stored = await getDb().proposal.findMany({ where: { segmentId: summit.id }, select: { checkOverride: true } });
    expect(stored).toHaveLength(1);
    expect(["First reason.", "Second reason."]).toContain((stored[0].checkOverride as { reason: string }).reason);
  });

  test("the findings follow a split: the document-wide name check and the paragraph are checked again", async () => {
    const { id: documentId } = await importDocument({
      actor: await createTestActor("admin"),
      bytes: new TextEncoder().encode("Talks\n\nSergei Lavrov arrived. Later Sergey Lavrov left in in haste.\n"),
      input: { title: uniqueTitle("Split findings") },
    });
    const editor = await createTestActor("editor");
    const [, arrived, left] = await getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" } });
    const before = await countFindings({ actor: editor, documentId, segmentIds: [arrived.id, left.id] });
    expect(before).toEqual([{ segmentId: left.id, errors: 1, warnings: 1 }]);
    await splitSegment({ actor: editor, segmentId: left.id, version: left.version, at: left.mtText.indexOf("Sergey") });
    const segments = await getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" }, select: { id: true, mtText: true } });
    const tail = segments.find((s) => s.mtText.startsWith("Sergey"))!;
    expect(tail.id).not.toBe(left.id);
    const after = await listSegmentFindings({ actor: editor, documentId, segmentId: tail.id });
    expect(after.findings.map((f) => [f.check, f.text])).toEqual([["name-inconsistency", "Sergey"], ["doubled-word", "in in"]]);
    expect((await listSegmentFindings({ actor: editor, documentId, segmentId: left.id })).findings).toEqual([]);
  });

  test("a backup carries the override, and restoring gives the same file", async () => {
    const { documentId, summit } = await sample();
    await submitProposal({ actor: await createTestActor("editor"), documentId, segmentId: summit.id, text: "The summit took place in in Moscow?", expectedVersion: 0, checkOverrideReason: "Quoted as spoken." });
    const admin = await createTestActor("admin");
    const backup = await exportBackup({ actor: admin, documentId });
    expect(JSON.parse(backup).proposals[0].checkOverride).toMatchObject({ reason: "Quoted as spoken.", findings: [{ check: "doubled-word", text: "in in" }] });
    const restored = await importBackup({ actor: admin, json: backup });
    expect(await exportBackup({ actor: admin, documentId: restored.id })).toBe(backup);
  });
});
