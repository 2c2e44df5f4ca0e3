import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { listFindings } from "@/lib/server/checks/list-findings";
import { importDocument } from "@/lib/server/documents/import-document";
import { attachGlossary } from "@/lib/server/glossaries/attach-glossary";
import { createGlossary } from "@/lib/server/glossaries/create-glossary";
import { createTerm } from "@/lib/server/glossaries/create-term";
import { deleteGlossary } from "@/lib/server/glossaries/delete-glossary";
import { deleteTerm } from "@/lib/server/glossaries/delete-term";
import { detachGlossary } from "@/lib/server/glossaries/detach-glossary";
import { exportGlossary } from "@/lib/server/glossaries/export-glossary";
import { getGlossary } from "@/lib/server/glossaries/get-glossary";
import { getSegmentTerms } from "@/lib/server/glossaries/get-segment-terms";
import { importGlossary } from "@/lib/server/glossaries/import-glossary";
import { listGlossaries } from "@/lib/server/glossaries/list-glossaries";
import { listGlossaryActivity } from "@/lib/server/glossaries/list-glossary-activity";
import { updateTerm } from "@/lib/server/glossaries/update-term";
import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { createTestActor, uniqueTitle } from "./factories";

const encode = (text: string) => new TextEncoder().encode(text);
const MT = "Finance news\n\nMinfin raised the forecast. The Finance Ministry said so.\n";
const SOURCE = "Финансовые новости\n\nМинфин повысил прогноз. Так сообщили в Минфине.\n";
const CSV = "source,preferred,forbidden,note\nМинфин,Finance Ministry,Minfin,Russia's finance ministry\nГосдума,State Duma,State Thought,\n";

let admin: Actor, reviewer: Actor, editor: Actor;
beforeAll(async () => {
  [admin, reviewer, editor] = [await createTestActor("admin"), await createTestActor("reviewer"), await createTestActor("editor")];
});

const newGlossary = (actor: Actor = reviewer) => createGlossary({ actor, name: uniqueTitle("Glossary"), sourceLanguage: "ru", targetLanguage: "en" });
const auditOf = (entityType: string, entityId: number) => getDb().auditEvent.findMany({ where: { entityType, entityId: String(entityId) }, orderBy: { id: "asc" } });

describe("glossaries", () => {
  test("a reviewer imports a CSV, attaches the glossary; the check and the highlights use its terms", async () => {
    const glossary = await newGlossary();
    expect(await importGlossary({ actor: reviewer, glossaryId: glossary.id, bytes: encode(CSV), fileName: "terms.csv" })).toEqual({ read: 2, added: 2, updated: 0, unchanged: 0 });
    const { id: documentId } = await importDocument({ actor: admin, bytes: encode(MT), source: { bytes: encode(SOURCE) }, input: { title: uniqueTitle("Glossary doc"), sourceLanguage: "ru" } });
    expect((await listFindings({ actor: editor, documentId })).filter((f) => f.check === "glossary")).toEqual([]);

    await attachGlossary({ actor: reviewer, glossaryId: glossary.id, documentId });
    const findings = (await listFindings({ actor: editor, documentId })).filter((f) => f.check === "glossary");
    expect(findings.map((f) => f.text)).toEqual(["Minfin"]);
    expect(findings[0].message).toContain("Finance Ministry");

    const segment = await getDb().segment.findFirstOrThrow({ where: { documentId, mtText: { startsWith: "The Finance" } } });
    const terms = await getSegmentTerms({ actor: editor, documentId, segmentId: segment.id });
    expect(terms.entries).toEqual([{ source: "Минфин", preferred: "Finance Ministry", forbidden: ["Minfin"], note: "Russia's finance ministry" }]);
    expect(terms.source.map((s) => segment.sourceText!.slice(s.start, s.end))).toEqual(["Минфине"]);
    expect(terms.mt.map((s) => [segment.mtText.slice(s.start, s.end), s.kind])).toEqual([["Finance Ministry", "preferred"]]);

    expect((await listGlossaries({ actor: editor, documentId })).map((g) => [g.id, g.termCount])).toEqual([[glossary.id, 2]]);
    const activity = await getDb().auditEvent.findMany({ where: { documentId, action: "glossary.attach" } });
    expect(activity).toHaveLength(1);
    await expect(attachGlossary({ actor: reviewer, glossaryId: glossary.id, documentId })).rejects.toMatchObject({ code: "conflict" });
    const german = await createGlossary({ actor: reviewer, name: uniqueTitle("German"), sourceLanguage: "de", targetLanguage: "en" });
    await expect(attachGlossary({ actor: reviewer, glossaryId: german.id, documentId })).rejects.toMatchObject({ code: "bad_input", message: expect.stringContaining("de → en") });
    await detachGlossary({ actor: reviewer, glossaryId: glossary.id, documentId });
    expect(await listGlossaries({ actor: editor, documentId })).toEqual([]);
  });

  test("re-importing updates known terms (their version goes up) and adds new ones; export reads back", async () => {
    const glossary = await newGlossary();
    await importGlossary({ actor: reviewer, glossaryId: glossary.id, bytes: encode(CSV), fileName: "terms.csv" });
    const again = "Минфин,Finance Ministry,Minfin|Ministry of Finances,\nГосдума,State Duma,State Thought,\nКремль,Kremlin,,\n";
    expect(await importGlossary({ actor: admin, glossaryId: glossary.id, bytes: encode(again), fileName: "more.csv" })).toEqual({ read: 3, added: 1, updated: 1, unchanged: 1 });
    const { terms } = await getGlossary({ actor: editor, glossaryId: glossary.id });
    expect(terms.map((t) => [t.source, t.forbidden, t.version])).toEqual([
      ["Госдума", ["State Thought"], 1],
      ["Кремль", [], 1],
      ["Минфин", ["Minfin", "Ministry of Finances"], 2],
    ]);
    for (const format of ["csv", "tbx"] as const) {
      const file = await exportGlossary({ actor: editor, glossaryId: glossary.id, format });
      const copy = await newGlossary();
      expect(await importGlossary({ actor: reviewer, glossaryId: copy.id, bytes: encode(file.body), fileName: file.fileName })).toMatchObject({ added: 3 });
      const copied = await getGlossary({ actor: editor, glossaryId: copy.id });
      expect(copied.terms.map(({ source, preferred, forbidden, note }) => ({ source, preferred, forbidden, note }))).toEqual(
        terms.map(({ source, preferred, forbidden, note }) => ({ source, preferred, forbidden, note })),
      );
    }
  });

  test("a malformed, empty, too large or DTD-bearing file gives one message and stores nothing", async () => {
    const glossary = await newGlossary();
    await createTerm({ actor: reviewer, glossaryId: glossary.id, source: "Кремль", preferred: "Kremlin" });
    const bad: [string, Uint8Array, RegExp][] = [
      ["broken.csv", encode('Минфин,"Finance Ministry\n'), /not valid CSV/],
      ["half.csv", encode("Минфин,Finance Ministry\nГосдума\n"), /row 2 needs/],
      ["empty.csv", encode("source,preferred\n"), /no terms/],
      ["blank.tbx", encode("  \n"), /empty/],
      ["broken.tbx", encode("<martif><text><body><termEntry>"), /not well-formed/],
      ["entities.tbx", encode('<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif>&x;</martif>'), /DOCTYPE/],
      ["huge.csv", new Uint8Array(5 * 1024 * 1024 + 10).fill(0x41), /MiB/],
      ["terms.pdf", encode("Минфин,Finance Ministry\n"), /\.csv or \.tbx/],
      ["long.csv", encode(`Минфин,${"x".repeat(400)}\n`), /under 300/],
    ];
    for (const [fileName, bytes, message] of bad) {
      await expect(importGlossary({ actor: reviewer, glossaryId: glossary.id, bytes, fileName }), fileName).rejects.toMatchObject({ message: expect.stringMatching(message) });
    }
    const { terms } = await getGlossary({ actor: reviewer, glossaryId: glossary.id });
    expect(terms.map((t) => t.source)).toEqual(["Кремль"]);
    expect((await auditOf("Glossary", glossary.id)).map((e) => e.action)).toEqual(["glossary.create"]);
  });

  test("two reviewers saving one term at once: one wins, the other gets a conflict, nothing is lost", async () => {
    const glossary = await newGlossary();
    const term = await createTerm({ actor: reviewer, glossaryId: glossary.id, source: "Минфин", preferred: "Finance Ministry" });
    const other = await createTestActor("reviewer");
    const saves = await Promise.allSettled([
      updateTerm({ actor: reviewer, termId: term.id, version: term.version, source: "Минфин", preferred: "Ministry of Finance", note: "one" }),
      updateTerm({ actor: other, termId: term.id, version: term.version, source: "Минфин", preferred: "Finance Ministry of Russia", note: "two" }),
    ]);
    const won = saves.filter((s) => s.status === "fulfilled");
    const lost = saves.filter((s) => s.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    const stored = await getDb().glossaryTerm.findUniqueOrThrow({ where: { id: term.id } });
    expect(stored.version).toBe(2);
    expect(stored.preferred).toBe((won[0] as PromiseFulfilledResult<{ preferred: string }>).value.preferred);
    const updates = (await auditOf("GlossaryTerm", term.id)).filter((e) => e.action === "term.update");
    expect(updates).toHaveLength(1);
    expect(updates[0].before).toMatchObject({ preferred: "Finance Ministry" });

    await expect(deleteTerm({ actor: reviewer, termId: term.id, version: 1 })).rejects.toMatchObject({ code: "conflict" });
    await deleteTerm({ actor: reviewer, termId: term.id, version: 2 });
    expect(await getDb().glossaryTerm.findUnique({ where: { id: term.id } })).toBeNull();
    const history = await listGlossaryActivity({ actor: admin, glossaryId: glossary.id });
    expect(history.map((e) => e.action)).toEqual(["term.delete", "term.update", "term.create", "glossary.create"]);
    await expect(listGlossaryActivity({ actor: editor, glossaryId: glossary.id })).rejects.toMatchObject({ code: "forbidden" });
  });

  test("editors read glossaries but cannot change them; bad term input is refused with a message per field", async () => {
    const glossary = await newGlossary(admin);
    await expect(createTerm({ actor: editor, glossaryId: glossary.id, source: "Минфин", preferred: "Finance Ministry" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(importGlossary({ actor: editor, glossaryId: glossary.id, bytes: encode(CSV), fileName: "terms.csv" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteGlossary({ actor: editor, glossaryId: glossary.id })).rejects.toMatchObject({ code: "forbidden" });
    expect((await getGlossary({ actor: editor, glossaryId: glossary.id })).terms).toEqual([]);
    await expect(createTerm({ actor: reviewer, glossaryId: glossary.id, source: " ", preferred: "x" })).rejects.toMatchObject({ code: "bad_input", fieldErrors: { source: [expect.any(String)] } });
    await createTerm({ actor: reviewer, glossaryId: glossary.id, source: "Минфин", preferred: "Finance Ministry", forbidden: "Minfin | ; Minfin" });
    await expect(createTerm({ actor: reviewer, glossaryId: glossary.id, source: "Минфин", preferred: "Other" })).rejects.toMatchObject({ code: "conflict" });
    expect((await getGlossary({ actor: editor, glossaryId: glossary.id })).terms.map((t) => t.forbidden)).toEqual([["Minfin"]]);

    await deleteGlossary({ actor: admin, glossaryId: glossary.id });
    await expect(getGlossary({ actor: editor, glossaryId: glossary.id })).rejects.toMatchObject({ code: "not_found" });
    expect((await auditOf("Glossary", glossary.id)).map((e) => e.action)).toEqual(["glossary.create", "glossary.delete"]);
  });
  test("a sentence alone in its paragraph is checked on save against the attached glossary: a forbidden term blocks it", async () => {
    const glossary = await newGlossary();
    await importGlossary({ actor: reviewer, glossaryId: glossary.id, bytes: encode(CSV), fileName: "terms.csv" });
    const { id: documentId } = await importDocument({ actor: admin, bytes: encode("Budget\n\nThe Finance Ministry raised the forecast.\n"), source: { bytes: encode("Бюджет\n\nМинфин повысил прогноз.\n") }, input: { title: uniqueTitle("Glossary save"), sourceLanguage: "ru" } });
    const segment = await getDb().segment.findFirstOrThrow({ where: { documentId, order: 2 } });
    const propose = (text: string) => submitProposal({ actor: editor, documentId, segmentId: segment.id, text, expectedVersion: 0 });
    expect(await propose("Minfin raised the forecast.")).toMatchObject({ version: 1 });

    await attachGlossary({ actor: reviewer, glossaryId: glossary.id, documentId });
    const refused = await submitProposal({ actor: editor, documentId, segmentId: segment.id, text: "Minfin raised its forecast.", expectedVersion: 1 }).catch((error) => error);
    expect(refused).toMatchObject({ code: "bad_input", detail: { checkErrors: [expect.objectContaining({ check: "glossary", text: "Minfin" })] } });
    expect(await submitProposal({ actor: editor, documentId, segmentId: segment.id, text: "The Finance Ministry raised its forecast.", expectedVersion: 1 })).toMatchObject({ version: 2 });
  });
  test("every change to an attached glossary is a live event on each of its documents, and on none other", async () => {
    const glossary = await newGlossary();
    const make = async (label: string) => (await importDocument({ actor: admin, bytes: encode(MT), source: { bytes: encode(SOURCE) }, input: { title: uniqueTitle(label), sourceLanguage: "ru" } })).id;
    const [first, second, untouched] = [await make("Glossary live A"), await make("Glossary live B"), await make("Glossary live C")];
    const eventsOf = (documentId: number) => getDb().documentEvent.findMany({ where: { documentId, type: "glossary.change" }, select: { segmentId: true } });
    await attachGlossary({ actor: reviewer, glossaryId: glossary.id, documentId: first });
    await attachGlossary({ actor: reviewer, glossaryId: glossary.id, documentId: second });
    const term = await createTerm({ actor: reviewer, glossaryId: glossary.id, source: "Минфин", preferred: "Finance Ministry" });
    await updateTerm({ actor: reviewer, termId: term.id, version: term.version, source: "Минфин", preferred: "Ministry of Finance" });
    await deleteTerm({ actor: reviewer, termId: term.id, version: term.version + 1 });
    await detachGlossary({ actor: reviewer, glossaryId: glossary.id, documentId: second });
    expect(await eventsOf(first)).toHaveLength(4);
    expect(await eventsOf(second)).toHaveLength(5);
    expect(await eventsOf(untouched)).toEqual([]);
  });
});
