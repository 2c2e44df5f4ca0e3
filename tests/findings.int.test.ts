import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { resolveAnnotation } from "@/lib/server/annotations/resolve-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { countFindings } from "@/lib/server/checks/count-findings";
import { listSegmentFindings } from "@/lib/server/checks/list-segment-findings";
import { acceptFinding } from "@/lib/server/checks/accept-finding";
import { dismissFinding } from "@/lib/server/checks/dismiss-finding";
import { getCheckCounts } from "@/lib/server/checks/get-check-counts";
import { listFindings } from "@/lib/server/checks/list-findings";
import { restoreFinding } from "@/lib/server/checks/restore-finding";
import { importDocument } from "@/lib/server/documents/import-document";
import { createTestActor, uniqueTitle } from "./factories";

const TEXT = [
  "Talks in Geneva",
  "Sergei Lavrov arrived in Geneva. The meeting borrowed an hour and a half. The summit took place in in Moscow.",
  "Sergey Lavrov left the next day. The delegations exchanged gifts ,",
].join("\n\n") + "\n";

async function importSample() {
  const { id } = await importDocument({ actor: await createTestActor("admin"), bytes: new TextEncoder().encode(TEXT), input: { title: uniqueTitle("Findings") } });
  return id;
}

const named = (documentId: number, finding: { segmentId: number; check: string; start: number; end: number }) => ({
  documentId,
  segmentId: finding.segmentId,
  check: finding.check,
  start: finding.start,
  end: finding.end,
});

describe("automatic checks in the workspace", () => {
  test("lists a document's findings with their segment, category and UTF-16 span", async () => {
    const documentId = await importSample();
    const findings = await listFindings({ actor: await createTestActor("editor"), documentId });
    expect(findings.map((f) => [f.check, f.text])).toEqual([
      ["mt-pattern", "borrowed an hour"],
      ["doubled-word", "in in"],
      ["name-inconsistency", "Sergey"],
      ["punctuation-spacing", " ,"],
    ]);
    const doubled = findings[1];
    const segment = await getDb().segment.findUniqueOrThrow({ where: { id: doubled.segmentId } });
    expect(segment.mtText.slice(doubled.start, doubled.end)).toBe("in in");
    expect(doubled).toMatchObject({ severity: "error", category: { category: "Fluency", subcategory: "Grammar" } });
  });

  test("accepting makes an annotation marked with its check; dismissing hides the finding; the report counts both", async () => {
    const documentId = await importSample();
    const editor = await createTestActor("editor");
    const [pattern, doubled, name] = await listFindings({ actor: editor, documentId });

    const annotation = await acceptFinding({ actor: editor, ...named(documentId, doubled) });
    expect(annotation).toMatchObject({ origin: "check:doubled-word", category: "Fluency", subcategory: "Grammar", severity: "Major", start: doubled.start, end: doubled.end, authorId: editor.id });
    await acceptFinding({ actor: editor, ...named(documentId, name) });
    await dismissFinding({ actor: editor, ...named(documentId, pattern), reason: "Fine in this register." });

    const left = await listFindings({ actor: editor, documentId });
    expect(left.map((f) => f.check)).toEqual(["punctuation-spacing"]);
    const counts = await getCheckCounts({ actor: await createTestActor("reviewer"), documentId });
    expect(counts.find((c) => c.check === "doubled-word")).toEqual({ check: "doubled-word", kept: 1, dismissed: 0, precision: 1 });
    expect(counts.find((c) => c.check === "mt-pattern")).toEqual({ check: "mt-pattern", kept: 0, dismissed: 1, precision: 0 });
    expect(counts.find((c) => c.check === "glossary")).toEqual({ check: "glossary", kept: 0, dismissed: 0, precision: null });

    const audit = await getDb().auditEvent.findMany({ where: { documentId, actorId: editor.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((event) => event.action)).toEqual(["annotation.create", "annotation.create", "finding.dismiss"]);

    // Colleagues see each decision live: a kept finding arrives as its flag, a dismissal as the sentence's findings changing.
    const events = await getDb().documentEvent.findMany({ where: { documentId, actorId: editor.id }, orderBy: { id: "asc" }, select: { type: true, segmentId: true, payload: true } });
    expect(events.map((event) => [event.type, event.segmentId])).toEqual([
      ["annotation.change", doubled.segmentId],
      ["annotation.change", name.segmentId],
      ["finding.dismiss", pattern.segmentId],
    ]);
    expect(events[0].payload).toMatchObject({ annotation: { id: annotation.id, start: doubled.start, end: doubled.end, severity: "Major" } });
  });

  test("a kept finding whose flag a reviewer then dismisses counts as a false alarm of its check, not as kept", async () => {
    const documentId = await importSample();
    const editor = await createTestActor("editor");
    const reviewer = await createTestActor("reviewer");
    const [, doubled, name] = await listFindings({ actor: editor, documentId });
    await acceptFinding({ actor: editor, ...named(documentId, doubled) });
    const flag = await acceptFinding({ actor: editor, ...named(documentId, name) });
    await resolveAnnotation({ actor: reviewer, annotationId: flag.id, state: "dismissed", note: "One person may go by both spellings here." });
    const counts = await getCheckCounts({ actor: reviewer, documentId });
    expect(counts.find((c) => c.check === "name-inconsistency")).toEqual({ check: "name-inconsistency", kept: 0, dismissed: 1, precision: 0 });
    expect(counts.find((c) => c.check === "doubled-word")).toEqual({ check: "doubled-word", kept: 1, dismissed: 0, precision: 1 });
  });

  test("a kept finding whose flag the editor then narrows stays kept: it does not come back to be kept twice", async () => {
    const documentId = await importSample();
    const editor = await createTestActor("editor");
    const [pattern] = await listFindings({ actor: editor, documentId });
    const flag = await acceptFinding({ actor: editor, ...named(documentId, pattern) });
    // "borrowed an hour" -> "borrowed": the word that is wrong.
    const fields = { start: pattern.start, end: pattern.start + "borrowed".length, category: flag.category, subcategory: flag.subcategory, severity: flag.severity, note: flag.note ?? "" };
    await updateAnnotation({ actor: editor, annotationId: flag.id, fields });
    const segmentId = pattern.segmentId;
    expect((await listSegmentFindings({ actor: editor, documentId, segmentId })).findings.map((f) => f.check)).not.toContain("mt-pattern");
    expect((await listFindings({ actor: editor, documentId })).map((f) => f.check)).not.toContain("mt-pattern");
    expect(await countFindings({ actor: editor, documentId, segmentIds: [segmentId] })).toEqual([]);
    await expect(acceptFinding({ actor: editor, ...named(documentId, pattern) })).rejects.toMatchObject({ code: "conflict" });
    await expect(dismissFinding({ actor: editor, ...named(documentId, pattern) })).rejects.toMatchObject({ code: "conflict" });
    expect(await getDb().annotation.count({ where: { segmentId, origin: "check:mt-pattern" } })).toBe(1);
  });

  test("refuses a finding the checks do not report, twice the same decision, and another document's segment", async () => {
    const documentId = await importSample();
    const editor = await createTestActor("editor");
    const [pattern, doubled] = await listFindings({ actor: editor, documentId });
    await expect(acceptFinding({ actor: editor, ...named(documentId, doubled), end: doubled.end + 1 })).rejects.toMatchObject({ code: "bad_input" });
    await expect(acceptFinding({ actor: editor, ...named(documentId, doubled), check: "no-such-check" })).rejects.toMatchObject({ code: "bad_input" });
    await acceptFinding({ actor: editor, ...named(documentId, doubled) });
    await expect(acceptFinding({ actor: editor, ...named(documentId, doubled) })).rejects.toMatchObject({ code: "conflict" });
    await expect(dismissFinding({ actor: editor, ...named(documentId, doubled) })).rejects.toMatchObject({ code: "conflict" });
    await dismissFinding({ actor: editor, ...named(documentId, pattern) });
    await expect(acceptFinding({ actor: editor, ...named(documentId, pattern) })).rejects.toMatchObject({ code: "conflict" });
    const other = await importSample();
    await expect(dismissFinding({ actor: editor, ...named(other, pattern) })).rejects.toMatchObject({ code: "not_found" });
    expect(await getDb().annotation.count({ where: { segment: { documentId } } })).toBe(1);
  });

  test("two editors deciding one finding at once: exactly one decision is stored", async () => {
    const documentId = await importSample();
    const [first, second] = [await createTestActor("editor"), await createTestActor("editor")];
    const findings = await listFindings({ actor: first, documentId });
    for (const finding of findings) {
      const results = await Promise.allSettled([
        acceptFinding({ actor: first, ...named(documentId, finding) }),
        dismissFinding({ actor: second, ...named(documentId, finding) }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    }
    const [annotations, dismissals] = await Promise.all([
      getDb().annotation.count({ where: { segment: { documentId } } }),
      getDb().findingDismissal.count({ where: { segment: { documentId } } }),
    ]);
    expect(annotations + dismissals).toBe(findings.length);
    expect(await listFindings({ actor: first, documentId })).toEqual([]);
  });

  test("a dismissal is taken back: the finding is shown again, the report stops counting it, and the log says so", async () => {
    const documentId = await importSample();
    const [editor, colleague] = [await createTestActor("editor"), await createTestActor("editor")];
    const [pattern] = await listFindings({ actor: editor, documentId });
    await dismissFinding({ actor: editor, ...named(documentId, pattern), reason: "Fine in this register." });
    const panel = await listSegmentFindings({ actor: colleague, documentId, segmentId: pattern.segmentId });
    expect(panel.findings.map((f) => f.check)).not.toContain("mt-pattern");
    expect(panel.dismissed).toMatchObject([{ check: "mt-pattern", start: pattern.start, end: pattern.end, text: "borrowed an hour", reason: "Fine in this register.", by: editor.name }]);

    await restoreFinding({ actor: colleague, ...named(documentId, pattern) });
    const after = await listSegmentFindings({ actor: colleague, documentId, segmentId: pattern.segmentId });
    expect(after.findings.map((f) => [f.check, f.text])).toContainEqual(["mt-pattern", "borrowed an hour"]);
    expect(after.dismissed).toEqual([]);
    const counts = await getCheckCounts({ actor: await createTestActor("reviewer"), documentId });
    expect(counts.find((c) => c.check === "mt-pattern")).toMatchObject({ kept: 0, dismissed: 0 });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { documentId, actorId: colleague.id }, select: { action: true, before: true } });
    expect(audit).toMatchObject({ action: "finding.restore", before: { check: "mt-pattern", span: "borrowed an hour", reason: "Fine in this register." } });
    const event = await getDb().documentEvent.findFirstOrThrow({ where: { documentId, actorId: colleague.id }, select: { type: true, segmentId: true } });
    expect(event).toEqual({ type: "finding.restore", segmentId: pattern.segmentId });

    // Nothing to restore twice, an admin-only account may not (it may not dismiss either), another document is not found.
    await expect(restoreFinding({ actor: colleague, ...named(documentId, pattern) })).rejects.toMatchObject({ code: "conflict" });
    await dismissFinding({ actor: editor, ...named(documentId, pattern) });
    await expect(restoreFinding({ actor: await createTestActor("admin"), ...named(documentId, pattern) })).rejects.toMatchObject({ code: "forbidden" });
    await expect(restoreFinding({ actor: editor, ...named(await importSample(), pattern) })).rejects.toMatchObject({ code: "not_found" });
    expect(await getDb().findingDismissal.count({ where: { segmentId: pattern.segmentId } })).toBe(1);
  });

  test("two editors restoring one dismissal at once: it is restored once, the other is told", async () => {
    const documentId = await importSample();
    const [first, second] = [await createTestActor("editor"), await createTestActor("editor")];
    const findings = await listFindings({ actor: first, documentId });
    for (const finding of findings) await dismissFinding({ actor: first, ...named(documentId, finding) });
    for (let round = 0; round < 20; round++) {
      const finding = findings[round % findings.length];
      const results = await Promise.allSettled([restoreFinding({ actor: first, ...named(documentId, finding) }), restoreFinding({ actor: second, ...named(documentId, finding) })]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
      await dismissFinding({ actor: first, ...named(documentId, finding) });
    }
    const restores = await getDb().auditEvent.count({ where: { documentId, action: "finding.restore" } });
    expect(restores).toBe(20);
  });
});
