import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../lib/db";
import type { Role } from "../lib/generated/prisma/enums";
import { resolveAnnotation } from "../lib/server/annotations/resolve-annotation";
import { createAnnotation } from "../lib/server/annotations/create-annotation";
import { createAssignment } from "../lib/server/assignments/create-assignment";
import { createComment } from "../lib/server/comments/create-comment";
import { listDocumentActivity } from "../lib/server/audit/list-document-activity";
import { PERMISSIONS, type Actor, type Permission } from "../lib/server/auth/permissions";
import { deleteDocument } from "../lib/server/documents/delete-document";
import { getDocument } from "../lib/server/documents/get-document";
import { importDocument } from "../lib/server/documents/import-document";
import { exportDocument } from "../lib/server/export/export-document";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { findRepeats } from "../lib/server/propagation/find-repeats";
import { getReport } from "../lib/server/report/get-report";
import { listActivityFilters } from "../lib/server/audit/list-activity-filters";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { bulkApprove } from "../lib/server/reviews/bulk-approve";
import { countUnseenFeedback } from "../lib/server/reviews/count-unseen-feedback";
import { editAndApprove } from "../lib/server/reviews/edit-and-approve";
import { listFeedback } from "../lib/server/reviews/list-feedback";
import { listReviewFilters } from "../lib/server/reviews/list-review-filters";
import { listReviewQueue } from "../lib/server/reviews/list-review-queue";
import { rejectProposal } from "../lib/server/reviews/reject-proposal";
import { markFeedbackSeen } from "../lib/server/users/mark-feedback-seen";
import { recordSegmentTime } from "../lib/server/segments/record-time";
import { splitSegment } from "../lib/server/segments/split-segment";
import { createUser } from "../lib/server/users/create-user";
import { createGlossary } from "../lib/server/glossaries/create-glossary";
import { listGlossaries } from "../lib/server/glossaries/list-glossaries";
import { exportTm } from "../lib/server/tm/export-tm";
import { useCaseRegistry } from "../lib/server/kernel/registry";
import "../lib/server/use-cases";
import { createTestActor, uniqueTitle } from "./factories";
import { flag, importSample, propose, SAMPLE } from "./permission-fixtures";

const ROLES = ["admin", "editor", "reviewer"] as const satisfies readonly Role[];
type Attempt = (actor: Actor | null) => Promise<unknown>;

let sample: Awaited<ReturnType<typeof importSample>>;
let editor: Actor;
const segment = (index: number) => sample.segments[index].id;
const versionOf = async (id: number) => (await getDb().segment.findUniqueOrThrow({ where: { id } })).version;

/**
 * For each permission, the real use case that enforces it. Each entry prepares fresh data and returns the attempt, so an
 * allowed call never depends on an earlier one.
 */
const ATTEMPTS: Record<Permission, () => Promise<Attempt>> = {
  "document.read": async () => (actor) => getDocument({ actor, documentId: sample.id }),
  "document.import": async () => (actor) => importDocument({ actor, bytes: new TextEncoder().encode(SAMPLE), input: { title: uniqueTitle("Permitted import") } }),
  "document.delete": async () => {
    const { id, title } = await importSample("Delete");
    return (actor) => deleteDocument({ actor, documentId: id, confirmTitle: title });
  },
  "segment.split-merge": async () => {
    const { segments } = await importSample("Split");
    const long = segments[1];
    return (actor) => splitSegment({ actor, segmentId: long.id, version: long.version, at: long.mtText.indexOf(" and took") + 1 });
  },
  "annotation.create": async () => (actor) =>
    createAnnotation({ actor, segmentId: segment(1), fields: { start: 4, end: 11, category: "Accuracy", subcategory: "Mistranslation", severity: "Minor" } }),
  "proposal.submit": async () => {
    const expectedVersion = await versionOf(segment(2));
    return (actor) => submitProposal({ actor, segmentId: segment(2), text: "Lavrov spoke briefly.", expectedVersion });
  },
  "proposal.review": async () => {
    const { proposalId } = await propose(editor, segment(1), `The meeting lasted an hour and a half (${Math.random()}).`);
    return (actor) => approveProposal({ actor, proposalId });
  },
  "proposal.propagate": async () => (actor) => findRepeats({ actor, segmentId: segment(1) }),
  "annotation.resolve": async () => {
    const annotation = await flag(editor, segment(3));
    return (actor) => resolveAnnotation({ actor, annotationId: annotation.id, state: "resolved", note: "Fixed by the approved text." });
  },
  "comment.write": async () => (actor) => createComment({ actor, documentId: sample.id, segmentId: segment(1), body: "Is “borrowed” the right verb here?" }),
  "segment.time": async () => (actor) => recordSegmentTime({ actor, segmentId: segment(1), activeMs: 1_500 }),
  "document.export": async () => (actor) => exportDocument({ actor, documentId: sample.id, format: "txt" }),
  "report.read": async () => (actor) => getReport({ actor, documentId: sample.id }),
  "audit.read": async () => (actor) => listDocumentActivity({ actor, documentId: sample.id }),
  "glossary.read": async () => (actor) => listGlossaries({ actor }),
  "glossary.manage": async () => (actor) => createGlossary({ actor, name: uniqueTitle("Permitted glossary") }),
  "assignment.manage": async () => {
    const { id } = await importSample("Assignable");
    return (actor) => createAssignment({ actor, documentId: id, assigneeId: editor.id, role: "edit", sentences: "1-2" });
  },
  "user.manage": async () => (actor) =>
    createUser({ actor, name: "New colleague", email: `new-${Date.now()}-${Math.random().toString(36).slice(2)}@test.local`, password: "a long password", roles: ["editor"] }),
  // A language pair no other test writes, so the export reads nothing else.
  "tm.manage": async () => (actor) => exportTm({ actor, sourceLanguage: "x-permissions", targetLanguage: "en" }),
};

const actors = new Map<Role | "signed out", Actor | null>();
beforeAll(async () => {
  sample = await importSample("Permissions");
  editor = await createTestActor("editor");
  actors.set("signed out", null);
  for (const role of ROLES) actors.set(role, await createTestActor(role));
});

const cases = (Object.keys(PERMISSIONS) as Permission[]).flatMap((permission) =>
  (["signed out", ...ROLES] as const).map((who) => ({ permission, who, allowed: who !== "signed out" && (PERMISSIONS[permission] as readonly Role[]).includes(who) })),
);

describe("the permission table, enforced by the use cases", () => {
  test("covers every permission with every role and a signed-out visitor", () => {
    expect(cases).toHaveLength(Object.keys(PERMISSIONS).length * 4);
    expect(Object.keys(ATTEMPTS).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  test.each(cases)("$permission as $who: allowed = $allowed", async ({ permission, who, allowed }) => {
    const attempt = await ATTEMPTS[permission]();
    const call = attempt(actors.get(who) ?? null);
    if (allowed) await expect(call).resolves.not.toBeInstanceOf(Error);
    else await expect(call).rejects.toMatchObject({ code: who === "signed out" ? "unauthenticated" : "forbidden" });
  });

  test("every other review and feedback use case checks the same keys", async () => {
    const { proposalId } = await propose(editor, segment(2), `Lavrov spoke (${Math.random()}).`);
    const review: Attempt[] = [
      (actor) => rejectProposal({ actor, proposalId, reason: "Unnecessary change" }),
      (actor) => editAndApprove({ actor, proposalId, text: "Lavrov spoke briefly." }),
      (actor) => bulkApprove({ actor, proposalIds: [proposalId] }),
      (actor) => listReviewQueue({ actor }),
      (actor) => listReviewFilters({ actor }),
      (actor) => listActivityFilters({ actor, documentId: sample.id }),
    ];
    const feedback: Attempt[] = [(actor) => listFeedback({ actor }), (actor) => countUnseenFeedback({ actor }), (actor) => markFeedbackSeen({ actor })];
    for (const attempt of review) {
      await expect(attempt(null)).rejects.toMatchObject({ code: "unauthenticated" });
      await expect(attempt(actors.get("editor")!)).rejects.toMatchObject({ code: "forbidden" });
    }
    for (const attempt of feedback) {
      await expect(attempt(null)).rejects.toMatchObject({ code: "unauthenticated" });
      await expect(attempt(actors.get("reviewer")!)).rejects.toMatchObject({ code: "forbidden" });
      await expect(attempt(editor)).resolves.not.toBeInstanceOf(Error);
    }
    expect(await getDb().proposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ state: "open" });
  });

  test("one person with several roles gets the union of their roles", async () => {
    const both = await createTestActor("editor", "reviewer");
    const { proposalId } = await propose(editor, segment(1), "The meeting lasted an hour and a half.");
    await expect(approveProposal({ actor: both, proposalId })).resolves.toMatchObject({ segmentId: segment(1) });
    await expect(importDocument({ actor: both, bytes: new TextEncoder().encode(SAMPLE), input: { title: uniqueTitle("No") } })).rejects.toMatchObject({ code: "forbidden" });
  });
});

/** Every file under lib/server that defines a use case, so one left out of lib/server/use-cases.ts is noticed. */
function definedUseCaseNames(dir = new URL("../lib/server", import.meta.url).pathname): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "kernel" ? [] : definedUseCaseNames(path);
    if (!entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) return [];
    return [...readFileSync(path, "utf8").matchAll(/defineUseCase\(\s*\{\s*name: "([^"]+)"/g)].map((match) => match[1]);
  });
}

describe("the use-case registry", () => {
  const registered = [...useCaseRegistry().values()];

  test("holds every use case defined under lib/server, once", () => {
    const defined = definedUseCaseNames();
    expect(new Set(defined).size).toBe(defined.length);
    expect(registered.map((useCase) => useCase.name).sort()).toEqual(defined.sort());
  });

  test.each(registered.map((useCase) => ({ ...useCase })))("$name requires $permission of every caller", async ({ call, permission }) => {
    await expect(call({ actor: null })).rejects.toMatchObject({ code: "unauthenticated", status: 401 });
    for (const role of ROLES) {
      const attempt = call({ actor: actors.get(role)! });
      if ((PERMISSIONS[permission] as readonly Role[]).includes(role)) {
        // Allowed: whatever the empty input leads to, it is not a refusal of the role.
        await attempt.then(
          () => undefined,
          (error: { code?: string }) => expect(error.code).not.toMatch(/^(forbidden|unauthenticated)$/),
        );
      } else {
        await expect(attempt).rejects.toMatchObject({ code: "forbidden", status: 403 });
      }
    }
  });
});

describe("README", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.split(/^## Roles and permissions$/m)[1]?.split(/^## /m)[0] ?? "";
  const rows = section.split("\n").filter((line) => line.startsWith("|")).map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));
  const [header, , ...body] = rows;

  test("its Roles and permissions table is the PERMISSIONS table", () => {
    expect(header?.slice(1, 4)).toEqual([...ROLES]);
    const table = Object.fromEntries(body.map(([key, ...marks]) => [key.replace(/`/g, ""), ROLES.filter((_, index) => marks[index] === "yes")]));
    const expected = Object.fromEntries(Object.entries(PERMISSIONS).map(([key, roles]) => [key, ROLES.filter((role) => (roles as readonly string[]).includes(role))]));
    expect(table).toEqual(expected);
  });

  test("lists every use case under the permission it requires", () => {
    expect(header?.[5]).toBe("use cases");
    const listed = body.flatMap(([key, , , , , useCases]) => (useCases ?? "").split(",").map((name) => name.replace(/`/g, "").trim()).filter(Boolean).map((name) => [name, key.replace(/`/g, "")]));
    const registered = [...useCaseRegistry().values()].map((useCase) => [useCase.name, useCase.permission]);
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(registered));
    expect(listed).toHaveLength(registered.length);
  });
});
