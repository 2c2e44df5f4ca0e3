import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Role } from "../lib/generated/prisma/enums";
import { getDb } from "../lib/db";
import { createAssignment } from "../lib/server/assignments/create-assignment";
import { rejectProposal } from "../lib/server/reviews/reject-proposal";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { createComment } from "../lib/server/comments/create-comment";
import { createTestActor } from "../tests/factories";
import { flag, importSample, propose } from "../tests/permission-fixtures";
import { test, expect } from "./fixtures";

/** A page each role may not open. */
const FORBIDDEN_FOR: Record<Role, string> = { admin: "/review", editor: "/admin/users", reviewer: "/documents/new" };

type Sample = Awaited<ReturnType<typeof importSample>>;
type Check = {
  name: string;
  /** Who opens the page; "signed out" for the sign-in pages. */
  roles: (Role | "signed out")[];
  path: (sample: Sample, role: Role | "signed out") => string;
  /** The status the page answers with: 200 unless said. */
  status?: number;
  /** What shows that the page is ready (and hydrated, for pages that change on hydration); the default is the main heading. */
  ready?: (page: Page) => Promise<void>;
  /** Something the role does on the page before it is checked. */
  act?: (page: Page, sample: Sample) => Promise<void>;
  /** Data this person needs on the page (their own feedback). */
  prepare?: (actor: { id: string; email: string; name: string; roles: Role[] }, sample: Sample) => Promise<void>;
};

const heading = (page: Page) => expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
const workspaceReady = (page: Page) => expect(page.locator("[data-workspace-ready]")).toBeVisible();

const CHECKS: Check[] = [
  { name: "documents", roles: ["admin", "editor", "reviewer"], path: () => "/" },
  {
    name: "a document with a sentence open",
    roles: ["admin", "editor", "reviewer"],
    path: (sample) => `/documents/${sample.id}`,
    ready: workspaceReady,
    act: async (page) => {
      await page.getByRole("button", { name: /^Sentence 2:/ }).click();
      await expect(page.getByRole("complementary").getByRole("heading", { name: /sentence 2/i })).toBeVisible();
    },
  },
  {
    name: "a document fixing boundaries",
    roles: ["admin", "editor"],
    path: (sample) => `/documents/${sample.id}?boundaries=1`,
    ready: (page) => expect(page.getByRole("link", { name: "Done fixing boundaries" })).toBeVisible(),
  },
  {
    name: "review",
    roles: ["reviewer"],
    path: (sample) => `/review?document=${sample.id}`,
    ready: (page) => expect(page.getByRole("button", { name: "Approve selected…" })).toBeEnabled(),
    // axe does not mind a dozen checkboxes all named "Select"; a person hearing them does.
    act: (page, sample) => expect(page.getByRole("checkbox")).toHaveAccessibleName(`Select the proposal for ${sample.title}, sentence 2`),
  },
  {
    name: "feedback",
    roles: ["editor"],
    path: () => "/feedback",
    prepare: async (editor, sample) => {
      const reviewer = await createTestActor("reviewer");
      const { proposalId } = await propose(editor, sample.segments[0].id, "Talks at Geneva");
      await rejectProposal({ actor: reviewer, proposalId, reason: "The title keeps “in”." });
    },
  },
  {
    name: "notifications",
    roles: ["admin", "editor", "reviewer"],
    path: () => "/notifications",
    prepare: async (person, sample) => {
      await createComment({ actor: await createTestActor("editor"), documentId: sample.id, segmentId: sample.segments[1].id, body: `@${person.email} is this right?` });
    },
  },
  { name: "the corrected article", roles: ["admin", "editor", "reviewer"], path: (sample) => `/documents/${sample.id}/read` },
  {
    name: "the article's changes",
    roles: ["editor"],
    path: (sample) => `/documents/${sample.id}/read`,
    act: async (page) => {
      const changes = page.getByRole("form", { name: "Reading view" }).getByRole("button", { name: "Changes" });
      await changes.click();
      await expect(changes).toHaveAttribute("aria-pressed", "true");
    },
  },
  { name: "activity", roles: ["admin", "reviewer"], path: (sample) => `/documents/${sample.id}/activity` },
  { name: "report", roles: ["admin", "reviewer"], path: (sample) => `/documents/${sample.id}/report` },
  { name: "export", roles: ["admin", "reviewer"], path: (sample) => `/documents/${sample.id}/export` },
  {
    name: "my work",
    roles: ["admin", "editor", "reviewer"],
    path: () => "/my-work",
    prepare: async (person) => {
      if (person.roles.includes("admin")) return;
      const { id } = await importSample("My work");
      await createAssignment({ actor: await createTestActor("admin"), documentId: id, assigneeId: person.id, role: person.roles.includes("editor") ? "edit" : "review", sentences: "2-3", dueOn: "2020-01-01" });
    },
  },
  {
    name: "assignments",
    roles: ["admin"],
    path: (sample) => `/documents/${sample.id}/assignments`,
    prepare: async (admin, sample) => {
      const editor = await createTestActor("editor");
      await createAssignment({ actor: admin, documentId: sample.id, assigneeId: editor.id, role: "edit", sentences: "4", dueOn: "2099-01-01" });
    },
  },
  { name: "people", roles: ["admin"], path: () => "/admin/users" },
  { name: "translation memory", roles: ["admin", "reviewer"], path: () => "/tm" },
  { name: "import", roles: ["admin"], path: () => "/documents/new" },
  { name: "sign-in", roles: ["signed out"], path: () => "/sign-in" },
  { name: "choose a password", roles: ["signed out"], path: () => "/reset-password?token=not-a-real-token" },
  { name: "not allowed (403)", roles: ["admin", "editor", "reviewer"], path: (_, role) => FORBIDDEN_FOR[role as Role], status: 403 },
  { name: "not found (404)", roles: ["admin", "editor", "reviewer"], path: () => "/documents/2147483647", status: 404 },
];

/** A document with every state the pages show: a flag, a waiting proposal, a rejected and an approved sentence. */
async function makeSample(): Promise<Sample> {
  const sample = await importSample("Accessibility");
  const [editor, reviewer] = await Promise.all([createTestActor("editor"), createTestActor("reviewer")]);
  await flag(editor, sample.segments[1].id, "borrowed is a literal verb");
  await propose(editor, sample.segments[1].id, "The meeting lasted an hour and a half and took place in the Hotel President.");
  const rejected = await propose(editor, sample.segments[2].id, "Lavrov spoke shortly.");
  await rejectProposal({ actor: reviewer, proposalId: rejected.proposalId, reason: "Keep it as it was." });
  const approved = await propose(editor, sample.segments[3].id, "We don't intend to attack or interfere.");
  await approveProposal({ actor: reviewer, proposalId: approved.proposalId });
  return { ...sample, segments: await getDb().segment.findMany({ where: { documentId: sample.id }, orderBy: { order: "asc" } }) };
}

let sample: Sample;

async function expectNoSeriousViolations(page: Page) {
  // label-content-name-mismatch is experimental in axe, so off by default; it is how a spoken name that omits visible text is found.
  const results = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ rule: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")) }));
  expect(serious).toEqual([]);
}

// axe reads the whole page, which takes seconds on a busy machine (the limit is a ceiling, not the usual time).
test.describe.configure({ timeout: 90_000 });

// Once per worker: the tests only read this document, so they may run in any order and in parallel.
test.beforeAll(async () => {
  sample = await makeSample();
});

for (const check of CHECKS) {
  for (const role of check.roles) {
    test(`axe finds no serious violation: ${check.name}, ${role}`, async ({ page, login }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        // The browser reports the page's own 403 or 404 as a failed resource; that status is what the check expects.
        if (message.type() === "error" && !(check.status && message.text().includes(`status of ${check.status}`))) errors.push(`${message.text()} (${message.location().url})`);
      });
      if (role !== "signed out") {
        const actor = await login(role);
        await check.prepare?.(actor, sample);
      }
      const response = await page.goto(check.path(sample, role));
      expect(response?.status()).toBe(check.status ?? 200);
      await (check.ready ?? heading)(page);
      await check.act?.(page, sample);
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    });
  }
}
