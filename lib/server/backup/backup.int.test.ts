import { readFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/database/scratch";
import { getDb, type Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { exportDocument } from "@/lib/server/export/export-document";
import { importDocument } from "@/lib/server/documents/import-document";
import { linkSegments } from "@/lib/server/segments/link-segments";
import { createTestActor, uniqueTitle } from "../../../tests/factories";
import { propose } from "../../../tests/permission-fixtures";
import type { Backup } from "./backup-schema";
import { exportBackup } from "./export-backup";
import { createEditedDocument, glossaryName, type People } from "./fixtures/edited-document";
import { importBackup } from "./import-backup";

/**
 * This file's rows, which a restore links to or adds: documents with the backup's title, its people (and the "ghost"
 * a bad backup names), typologies and glossaries named after the title, and the people's proposals, dismissals and audit events.
 */
async function counts(db: Db, title: string, people: People) {
  const actors = [people.admin, people.editor, people.reviewer];
  const ids = actors.map((actor) => actor.id);
  const [documents, users, typologies, proposals, audit, glossaries, terms, dismissals] = await Promise.all([
    db.document.count({ where: { title } }),
    db.user.count({ where: { email: { in: [...actors.map((actor) => actor.email), "ghost@test.local"] } } }),
    db.typology.count({ where: { name: { startsWith: `MQM for ${title}` } } }),
    db.proposal.count({ where: { authorId: { in: ids } } }),
    db.auditEvent.count({ where: { actorId: { in: ids } } }),
    db.glossary.count({ where: { name: { startsWith: glossaryName(title) } } }),
    db.glossaryTerm.count({ where: { glossary: { name: { startsWith: glossaryName(title) } } } }),
    db.findingDismissal.count({ where: { dismissedById: { in: ids } } }),
  ]);
  return { documents, users, typologies, proposals, audit, glossaries, terms, dismissals };
}

describe("document backup", () => {
  let people: People;
  let title: string;
  let documentId: number;
  let backup: string;
  // A second, empty installation: its own database and, for the test only, its own client.
  let other: ScratchDatabase;
  let otherDb: PrismaClient;

  beforeAll(async () => {
    people = { admin: await createTestActor("admin"), editor: await createTestActor("editor"), reviewer: await createTestActor("reviewer") };
    title = uniqueTitle("Backup");
    documentId = await createEditedDocument(title, people);
    backup = await exportBackup({ actor: people.admin, documentId });
    other = await createScratchDatabase("restore");
    otherDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: other.url, max: 4 }) });
  });

  afterAll(async () => {
    await otherDb?.$disconnect();
    await other?.drop();
  });

  test("holds the whole state by file references, with no database ids", () => {
    const parsed = JSON.parse(backup) as Backup;
    expect(parsed.proposals.map((p) => [p.ref, p.state, p.basedOn, p.author])).toEqual([
      [1, "rejected", null, people.editor.email],
      [2, "approved", 1, people.editor.email],
      [3, "open", null, people.editor.email],
    ]);
    expect(parsed.segments[1]).toMatchObject({ order: 2, status: "approved", currentProposal: 2, approvedProposal: 2, version: 3 });
    expect(parsed.reviews.map((r) => [r.proposal, r.decision, r.reason])).toEqual([[1, "reject", "Keep the verb."], [2, "approve", null]]);
    expect(parsed.annotations.map((a) => [a.state, a.resolvedBy])).toEqual([["open", null], ["resolved", people.editor.email]]);
    expect(parsed.users.map((u) => u.email)).toEqual([people.admin.email, people.editor.email, people.reviewer.email].sort());
    expect(Buffer.from(parsed.document.originalBytes, "base64").toString("utf8")).toBe(parsed.document.text);
    expect(parsed.typology?.definition).toMatchObject({ severities: expect.any(Array) });
    expect(parsed.threads.map((t) => [t.ref, t.segment, t.resolvedBy])).toEqual([[1, null, null], [2, 3, people.reviewer.email]]);
    expect(parsed.comments.map((c) => [c.thread, c.author, c.mentions.map((m) => [m.user, m.readAt === null])])).toEqual([
      [1, people.admin.email, [[people.editor.email, true], [people.reviewer.email, true]].sort()],
      [2, people.editor.email, [[people.reviewer.email, false]]],
      [2, people.reviewer.email, []],
    ]);
    expect(parsed.findingDismissals).toEqual([
      { ref: 1, segment: expect.any(Number), check: expect.any(String), start: expect.any(Number), end: expect.any(Number), dismissedBy: people.reviewer.email, reason: "Fine in a news report.", createdAt: expect.any(String) },
    ]);
    expect(parsed.glossaries).toEqual([
      {
        ref: 1,
        name: glossaryName(title),
        sourceLanguage: "ru",
        targetLanguage: "en",
        terms: [
          { source: "Женева", preferred: "Geneva", forbidden: ["Genf"], note: "" },
          { source: "Лавров", preferred: "Lavrov", forbidden: [], note: "Sergei, not Sergey." },
        ],
      },
    ]);
    const entities = parsed.audit.map((event) => event.entity);
    expect(entities).toEqual(
      expect.arrayContaining(["document:1", "proposal:1", "review:1", "annotation:1", `user:${people.reviewer.email}`, "comment:1", "comment:3", "thread:2", "findingDismissal:1", "glossary:1"]),
    );
    // The split's segment was merged away afterwards, so its event cannot name a segment of the file.
    const split = parsed.audit.find((event) => event.action === "segment.split")!;
    expect(split.entity).toMatch(/^unresolved:\d+$/);
    expect(split.segment).toBeNull();
    expect(parsed.assignments.map(({ ref, assignee, role, wholeDocument, dueOn, segments }) => ({ ref, assignee, role, wholeDocument, dueOn, segments: segments.length }))).toEqual([
      { ref: 1, assignee: people.editor.email, role: "edit", wholeDocument: false, dueOn: "2026-02-27", segments: 3 },
      { ref: 2, assignee: people.reviewer.email, role: "review", wholeDocument: true, dueOn: null, segments: parsed.segments.length },
    ]);
    expect(parsed.assignments[0].segments).toEqual([2, 3, 4]);
    const assignmentEvents = parsed.audit.filter((event) => event.entityType === "Assignment").map((event) => [event.action, event.entity.replace(/\d+$/, "N")]);
    expect(assignmentEvents).toEqual([["assignment.create", "assignment:N"], ["assignment.create", "assignment:N"], ["assignment.create", "unresolved:N"], ["assignment.remove", "unresolved:N"]]);
  });

  test("restored into another database, it exports to the identical file", async () => {
    const admin = await otherDb.user.create({ data: { email: `restorer-${Date.now()}@test.local`, name: "Restorer", roles: ["admin"] } });
    const restored = await importBackup({ actor: { ...admin }, json: backup }, { db: otherDb });
    expect(restored.createdUsers.sort()).toEqual([people.admin.email, people.editor.email, people.reviewer.email].sort());
    expect(await exportBackup({ actor: { ...admin }, documentId: restored.id }, { db: otherDb })).toBe(backup);
    const createdIds = (await otherDb.user.findMany({ where: { email: { in: restored.createdUsers } } })).map((user) => user.id);
    expect(await otherDb.account.count({ where: { userId: { in: createdIds } } })).toBe(0);
    const restoreEvent = await otherDb.auditEvent.findFirst({ where: { documentId: restored.id, action: "document.restore" } });
    expect(restoreEvent?.actorId).toBe(admin.id);
    expect(restoreEvent?.after).toMatchObject({ glossaries: { attached: 1, created: 1 } });
    expect(restored.glossaries).toEqual({ attached: 1, created: 1 });

    const [glossary] = await otherDb.glossary.findMany({ where: { documents: { some: { documentId: restored.id } } }, include: { terms: { orderBy: { source: "asc" } } } });
    expect(glossary).toMatchObject({ name: glossaryName(title), sourceLanguage: "ru", targetLanguage: "en", createdById: admin.id });
    expect(glossary.terms.map(({ source, preferred, forbidden, note }) => ({ source, preferred, forbidden, note }))).toEqual((JSON.parse(backup) as Backup).glossaries[0].terms);
    const dismissals = await otherDb.findingDismissal.findMany({ where: { segment: { documentId: restored.id } }, include: { segment: true, dismissedBy: true } });
    const [original] = await getDb().findingDismissal.findMany({ where: { segment: { documentId } }, include: { segment: true } });
    expect(dismissals.map((d) => [d.segment.order, d.check, d.start, d.end, d.reason, d.dismissedBy.email])).toEqual([
      [original.segment.order, original.check, original.start, original.end, original.reason, people.reviewer.email],
    ]);
    const dismissEvent = await otherDb.auditEvent.findFirstOrThrow({ where: { documentId: restored.id, action: "finding.dismiss" } });
    expect(dismissEvent.entityId).toBe(String(dismissals[0].id));
    const attachEvent = await otherDb.auditEvent.findFirstOrThrow({ where: { documentId: restored.id, action: "glossary.attach" } });
    expect(attachEvent.entityId).toBe(String(glossary.id));
  });

  test("restored beside the original, it links the same people and typology and exports the same", async () => {
    const before = await counts(getDb(), title, people);
    const restored = await importBackup({ actor: people.admin, json: backup });
    expect(restored.createdUsers).toEqual([]);
    expect(restored.glossaries).toEqual({ attached: 1, created: 0 });
    expect(await exportBackup({ actor: people.admin, documentId: restored.id })).toBe(backup);
    const after = await counts(getDb(), title, people);
    expect([after.users, after.typologies, after.glossaries, after.terms]).toEqual([before.users, before.typologies, before.glossaries, before.terms]);
    expect(after.dismissals).toBe(before.dismissals + 1);
    const attached = await getDb().documentGlossary.findMany({ where: { documentId: { in: [documentId, restored.id] } }, orderBy: { documentId: "asc" } });
    expect(attached.map((row) => row.glossaryId)).toEqual([attached[0].glossaryId, attached[0].glossaryId]);
    const [original, copy] = await Promise.all([exportDocument({ actor: people.admin, documentId, format: "html" }), exportDocument({ actor: people.admin, documentId: restored.id, format: "html" })]);
    expect(copy.body).toBe(original.body);
    expect((await exportDocument({ actor: people.admin, documentId: restored.id, format: "backup" })).body).toBe(backup);
  });

  test("a backup from before comments restores with none and exports with empty lists", async () => {
    const older = JSON.parse(backup) as Record<string, unknown>;
    delete older.threads;
    delete older.comments;
    (older.audit as Backup["audit"]) = (older.audit as Backup["audit"]).filter((event) => !/^comment/.test(event.action));
    const restored = await importBackup({ actor: people.admin, json: JSON.stringify(older) });
    expect(await getDb().commentThread.count({ where: { documentId: restored.id } })).toBe(0);
    const again = JSON.parse(await exportBackup({ actor: people.admin, documentId: restored.id })) as Backup;
    expect([again.threads, again.comments]).toEqual([[], []]);
  });

  test("meets its people's accounts whatever the case of their emails", async () => {
    const before = await counts(getDb(), title, people);
    const shouted = backup.replaceAll(people.editor.email, people.editor.email.toUpperCase());
    const restored = await importBackup({ actor: people.admin, json: shouted });
    expect(restored.createdUsers ?? []).not.toContain(people.editor.email.toUpperCase());
    expect(await counts(getDb(), title, people)).toMatchObject({ users: before.users });
    expect(await getDb().user.count({ where: { email: { equals: people.editor.email, mode: "insensitive" } } })).toBe(1);
  });

  test("attaches the live glossary of the same name and languages as it is, whatever terms the file holds", async () => {
    const live = await getDb().glossary.findFirstOrThrow({ where: { documents: { some: { documentId } } }, include: { terms: { orderBy: { id: "asc" } } } });
    const before = await counts(getDb(), title, people);
    const changed = edit((b) => {
      b.glossaries[0].terms[0].preferred = "Genève";
      b.glossaries[0].terms.push({ source: "Блинкен", preferred: "Blinken", forbidden: [], note: "" });
    });
    const restored = await importBackup({ actor: people.admin, json: changed });
    expect(restored.glossaries).toEqual({ attached: 1, created: 0 });
    expect(await getDb().documentGlossary.findMany({ where: { documentId: restored.id }, select: { glossaryId: true } })).toEqual([{ glossaryId: live.id }]);
    expect(await getDb().glossaryTerm.findMany({ where: { glossaryId: live.id }, orderBy: { id: "asc" } })).toEqual(live.terms);
    expect(await counts(getDb(), title, people)).toMatchObject({ glossaries: before.glossaries, terms: before.terms });
  });

  test("a backup from before dismissals and glossaries restores with none; their events' bare ids stay unresolved", async () => {
    const older = JSON.parse(backup) as Record<string, unknown>;
    delete older.findingDismissals;
    delete older.glossaries;
    for (const event of older.audit as Backup["audit"]) if (/^(findingDismissal|glossary):/.test(event.entity)) event.entity = "4242";
    const restored = await importBackup({ actor: people.admin, json: JSON.stringify(older) });
    expect(restored.glossaries).toEqual({ attached: 0, created: 0 });
    const again = JSON.parse(await exportBackup({ actor: people.admin, documentId: restored.id })) as Backup;
    expect([again.findingDismissals, again.glossaries]).toEqual([[], []]);
    const entities = again.audit.filter((event) => ["FindingDismissal", "Glossary"].includes(event.entityType)).map((event) => event.entity);
    expect(entities).toEqual(["unresolved:4242", "unresolved:4242"]);
  });

  test("refuses a glossary term the glossary import would refuse, and stores nothing", async () => {
    const before = await counts(getDb(), title, people);
    const malformed = edit((b) => {
      b.glossaries[0].name = `${glossaryName(title)} (another)`;
      b.glossaries[0].terms[1].preferred = "   ";
    });
    await expect(importBackup({ actor: people.admin, json: malformed })).rejects.toMatchObject({
      code: "bad_input",
      message: "The backup is not valid: glossaries[0].terms[1].preferred: Give the preferred target.",
    });
    expect(await counts(getDb(), title, people)).toEqual(before);
  });

  test("keeps the document's own scheme when its typology name means another scheme here", async () => {
    const changed = edit((b) => ((b.typology!.definition as { severities: { weight: number }[] }).severities[1].weight = 2));
    const restored = await importBackup({ actor: people.admin, json: changed });
    const { typology } = await getDb().document.findUniqueOrThrow({ where: { id: restored.id }, select: { typology: true } });
    const original = (JSON.parse(backup) as Backup).typology!;
    expect(typology?.name).toBe(`${original.name} (from backup)`);
    expect((typology?.definition as { severities: { weight: number }[] }).severities[1].weight).toBe(2);
  });

  test.each([
    ["not JSON", () => "{ not json", /not JSON/],
    ["another kind of JSON", () => JSON.stringify({ hello: "world" }), /not a Verso backup/],
    ["an unknown segment status", () => edit((b) => (b.segments[0].status = "done" as never)), /segments\[0\]\.status/],
    ["a proposal based on a missing one", () => edit((b) => (b.proposals[1].basedOn = 99)), /proposal 2 is based on proposal 99/],
    ["an author missing from users", () => edit((b) => (b.proposals[0].author = "ghost@test.local")), /ghost@test.local, who is not in "users"/],
    ["a segment off its text", () => edit((b) => (b.segments[0].mtText += "!")), /segment 1 does not match/],
    ["an assignment of a missing segment", () => edit((b) => b.assignments[0].segments.push(999)), /assignment 1 names segment 999/],
    ["a segment assigned twice in one role", () => edit((b) => b.assignments.push({ ...b.assignments[0], ref: 7 })), /segment 2 is assigned twice to edit/],
    ["an assignment to someone missing from users", () => edit((b) => (b.assignments[1].assignee = "ghost@test.local")), /assignment 2 names ghost@test.local/],
    ["an audit event about a missing proposal", () => edit((b) => (b.audit[0].entity = "proposal:42")), /"proposal:42"/],
    ["a comment in a missing thread", () => edit((b) => (b.comments[0].thread = 9)), /comment 1 is in thread 9/],
    ["two threads on one segment", () => edit((b) => (b.threads[0].segment = b.threads[1].segment)), /two threads are on segment/],
    ["an empty comment", () => edit((b) => (b.comments[1].body = "")), /comments\[1\]\.body/],
    ["a dismissal on a missing segment", () => edit((b) => (b.findingDismissals[0].segment = 999)), /dismissal 1 is on segment 999/],
    ["a dismissal by someone missing from users", () => edit((b) => (b.findingDismissals[0].dismissedBy = "ghost@test.local")), /dismissal 1 names ghost@test.local/],
    ["one finding dismissed twice", () => edit((b) => b.findingDismissals.push({ ...b.findingDismissals[0], ref: 2 })), /two dismissals are of one finding/],
    ["a glossary with one source term twice", () => edit((b) => b.glossaries[0].terms.push({ ...b.glossaries[0].terms[0], preferred: "Genève" })), /glossary 1 .* has the term "Женева" twice/],
    ["a glossary in no language", () => edit((b) => (b.glossaries[0].targetLanguage = "English")), /glossaries\[0\]\.targetLanguage: Use a BCP 47 language code/],
    ["an annotation of a severity outside the typology", () => edit((b) => (b.annotations[0].severity = "Apocalyptic")), /annotation 1's severity "Apocalyptic" is not in the backup's typology \("MQM for /],
    ["an annotation of a category outside the typology", () => edit((b) => (b.annotations[1].category = "Astrology")), /annotation 2's category "Astrology" is not in the backup's typology/],
    ["an annotation with another category's subcategory", () => edit((b) => Object.assign(b.annotations[0], { category: "Accuracy", subcategory: "Grammar" })), /annotation 1's subcategory "Grammar" is not a subcategory of Accuracy/],
    ["an annotation outside the default typology, with no typology of its own", () => edit((b) => Object.assign(b, { typology: null }).annotations[0].severity = "Apocalyptic"), /annotation 1's severity "Apocalyptic" is not in the default typology/],
    ["a typology with no severities", () => edit((b) => ((b.typology!.definition as { severities: unknown[] }).severities = [])), /typology\.definition\.severities: /],
    ["an approved segment without its approved proposal", () => edit((b) => (b.segments[1].approvedProposal = null)), /segment 2 is approved but its approvedProposal is null/],
    ["an approved proposal of another segment", () => edit((b) => (b.segments[1].approvedProposal = 3)), /segment 2's approvedProposal is proposal 3, which is not one of its proposals/],
    ["a current proposal missing from the file", () => edit((b) => (b.segments[1].currentProposal = 99)), /segment 2's currentProposal is proposal 99/],
    ["a mention of someone missing from users", () => edit((b) => b.comments[0].mentions.push({ user: "ghost@test.local", readAt: null, createdAt: b.comments[0].createdAt })), /ghost@test.local/],
    ["a NUL character in a proposal", () => edit((b) => (b.proposals[0].text += "\u0000")), /proposals\[0\]\.text contains a NUL character/],
    ["a lone surrogate in a flag's note", () => edit((b) => (b.annotations[0].note = "\ud800")), /annotations\[0\]\.note contains .* a lone surrogate/],
  ])("refuses %s and stores nothing", async (_label, make, message) => {
    const before = await counts(getDb(), title, people);
    await expect(importBackup({ actor: people.admin, json: make() })).rejects.toMatchObject({ code: "bad_input", message: expect.stringMatching(message) });
    expect(await counts(getDb(), title, people)).toEqual(before);
  });

  test("importing a backup as a document is refused with a pointer to the restore, and stores nothing", async () => {
    const before = await counts(getDb(), title, people);
    const bytes = new TextEncoder().encode(`\uFEFF${backup}`);
    await expect(importDocument({ actor: people.admin, bytes, fileName: "backup.json", input: { title } })).rejects.toMatchObject({ code: "bad_input", message: expect.stringMatching(/Verso backup: restore it/) });
    expect(await counts(getDb(), title, people)).toEqual(before);
  });

  test("only an admin may restore", async () => {
    await expect(importBackup({ actor: people.editor, json: backup })).rejects.toMatchObject({ code: "forbidden" });
  });

  function edit(change: (backup: Backup) => void): string {
    const copy = JSON.parse(backup) as Backup;
    change(copy);
    return JSON.stringify(copy);
  }
});

describe("bilingual document backup", () => {
  test("carries the source and the alignment; restored, it exports the same backup and the same MT, and refuses a range off the source", async () => {
    const admin = await createTestActor("admin");
    const editor = await createTestActor("editor");
    const ru = new Uint8Array(readFileSync("lib/align/fixtures/geneva-ru.txt"));
    const en = new Uint8Array(readFileSync("lib/align/fixtures/geneva-en.txt"));
    const { id } = await importDocument({ actor: admin, bytes: en, fileName: "en.txt", source: { bytes: ru, fileName: "ru.txt" }, input: { title: uniqueTitle("Bilingual backup") } });
    const [, second] = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" }, skip: 4, take: 2 });
    await linkSegments({ actor: editor, segmentId: second.id, version: second.version, direction: "previous" });
    const linked = await getDb().segment.findFirstOrThrow({ where: { documentId: id, order: 5 } });
    expect(linked.sourceText).toMatch(/^Дипломаты обсудили .* передает корреспондент The Moscow Post\.$/);
    await propose(editor, linked.id, "Diplomats discussed security guarantees in Europe, NATO and Ukraine.");

    const backup = await exportBackup({ actor: admin, documentId: id });
    const parsed = JSON.parse(backup) as Backup;
    expect(parsed.document.source).toEqual({ text: Buffer.from(ru).toString("utf8"), bytes: Buffer.from(ru).toString("base64"), fileName: "ru.txt" });
    expect(parsed.segments).toHaveLength(22);
    expect(parsed.segments[4].source).toEqual({ start: linked.sourceStart, end: linked.sourceEnd });

    const restored = await importBackup({ actor: admin, json: backup });
    expect(await exportBackup({ actor: admin, documentId: restored.id })).toBe(backup);
    const segments = await getDb().segment.findMany({ where: { documentId: restored.id }, orderBy: { order: "asc" } });
    const originals = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
    expect(segments.map((s) => [s.sourceText, s.sourceStart, s.sourceEnd, s.mtText])).toEqual(originals.map((s) => [s.sourceText, s.sourceStart, s.sourceEnd, s.mtText]));
    const [original, copy] = await Promise.all([exportDocument({ actor: admin, documentId: id, format: "txt" }), exportDocument({ actor: admin, documentId: restored.id, format: "txt" })]);
    expect(copy.body).toBe(original.body);

    const off = JSON.parse(backup) as Backup;
    off.segments[3].source = { start: 0, end: off.document.source!.text.length + 1 };
    await expect(importBackup({ actor: admin, json: JSON.stringify(off) })).rejects.toThrow(/segment 4's source range is not in the document's source text/);
  });
});
