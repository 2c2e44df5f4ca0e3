import { test as base, expect, type Browser, type Page } from "@playwright/test";
import type { Role } from "../lib/generated/prisma/enums";
import type { Actor } from "../lib/server/auth/permissions";
import { createTestActor, TEST_PASSWORD } from "../tests/factories";
import { importDocument } from "../lib/server/documents/import-document";
import { freePort, startNext } from "../bench/lib/next-server";
import { appServerEnv } from "./server-env";

process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;

export const SEED_TITLE = "Different dreams in one Geneva";

/** A title no other test uses, so specs can run in parallel against one database. */
export function uniqueTitle(label: string) {
  return `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Imports a text through lib/server as a fresh admin; returns the document id. */
export async function createDocument(title: string, text: string) {
  const admin = await createTestActor("admin");
  const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title } });
  return id;
}

/** An article of `count` numbered sentences, ten to a paragraph: long enough to need several pages of the workspace's list. */
export function numberedArticle(count: number) {
  const sentences = Array.from({ length: count }, (_, index) => `Sentence number ${index + 1} of the long article is here.`);
  const paragraphs = Array.from({ length: Math.ceil(count / 10) }, (_, index) => sentences.slice(index * 10, index * 10 + 10).join(" "));
  return `A long article\n\n${paragraphs.join("\n\n")}\n`;
}

type Fixtures = {
  /** Creates a new account with these roles (through lib/server) and signs the page in as it, without the sign-in form. */
  login: (...roles: Role[]) => Promise<Actor>;
};
type WorkerFixtures = {
  /** A second app server (scripts/app-server.mjs on its own port) on the same database, for tests of work across servers. */
  secondServer: string;
};

async function signIn(page: Page, baseURL: string, actor: Actor) {
  const response = await page.request.post("/api/auth/sign-in/email", {
    headers: { origin: baseURL },
    data: { email: actor.email, password: TEST_PASSWORD },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A second person in a browser context of their own, for tests where several people act at once. */
export async function openAs(browser: Browser, baseURL: string, ...roles: Role[]) {
  const actor = await createTestActor(...roles);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, baseURL, actor);
  return { actor, page, context };
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  login: async ({ page, baseURL }, use) => {
    await use(async (...roles) => {
      const actor = await createTestActor(...roles);
      await signIn(page, baseURL!, actor);
      return actor;
    });
  },
  secondServer: [
    async ({}, use) => {
      const port = await freePort();
      const server = await startNext(process.env.E2E_DATABASE_URL!, port, appServerEnv(port));
      await use(`http://127.0.0.1:${port}`);
      server.kill();
    },
    { scope: "worker", timeout: 180_000 },
  ],
});

export { expect, TEST_PASSWORD };
