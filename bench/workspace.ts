// Time to the first interactive segment for documents of 100, 1,000 and 10,000 segments (run: npm run bench:workspace).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { chromium } from "@playwright/test";
import { createScratchDatabase } from "@/lib/database/scratch";
import { disconnectDb, getDb } from "@/lib/db";
import { segmentText } from "@/lib/segment";
import { importDocument } from "@/lib/server/documents/import-document";
import { createTestActor, TEST_PASSWORD } from "../tests/factories";
import { APP_SERVER } from "./lib/next-server";

const SIZES = [100, 1_000, 10_000];
const RUNS = 3;
const SECRET = "verso-bench-workspace-secret-0123456789";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const seedSentences = segmentText(readFileSync("prisma/seed-article.txt", "utf8"))
  .blocks.filter((block) => block.kind === "paragraph")
  .flatMap((block) => block.segments.map((segment) => segment.text))
  .filter((text) => text.length > 20);

/** A book-like text: a heading, then paragraphs of five seed sentences (numbered, so no two paragraphs are alike). */
function bookOf(size: number) {
  const parts: string[] = [];
  let count = 0;
  for (let chapter = 1; count < size; chapter++) {
    parts.push(`Chapter ${chapter}`);
    count++;
    for (let paragraph = 0; paragraph < 10 && count < size; paragraph++) {
      const take = Math.min(5, size - count);
      parts.push(Array.from({ length: take }, (_, i) => seedSentences[(count + i) % seedSentences.length]).join(" ") + ` (${chapter}.${paragraph})`);
      count += take;
    }
  }
  return parts.join("\n\n") + "\n";
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForServer(url: string) {
  for (let i = 0; i < 240; i++) {
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`The app server did not answer at ${url}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
const database = await createScratchDatabase("bench");
process.env.DATABASE_URL = database.url;
const port = await freePort();
const baseURL = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [APP_SERVER, "-p", String(port)], {
  env: { ...process.env, DATABASE_URL: database.url, BETTER_AUTH_SECRET: SECRET, VERSO_SIGN_IN_LIMIT: "10000", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
});
try {
  const admin = await createTestActor("admin");
  const documents = [];
  for (const size of SIZES) {
    const { id, segmentCount } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(bookOf(size)), input: { title: `Bench ${size}` } });
    documents.push({ size, id, segmentCount });
  }
  const editor = await createTestActor("editor");
  await disconnectDb();
  await waitForServer(`${baseURL}/sign-in`);

  const browser = await chromium.launch({ executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ baseURL });
  const signIn = await context.request.post("/api/auth/sign-in/email", { headers: { origin: baseURL }, data: { email: editor.email, password: TEST_PASSWORD } });
  if (!signIn.ok()) throw new Error(`Sign-in failed: ${signIn.status()} ${await signIn.text()}`);

  const results = [];
  for (const doc of documents) {
    const samples: number[] = [];
    let inDom = 0;
    for (let run = 0; run <= RUNS; run++) {
      const page = await context.newPage();
      await page.goto(`/documents/${doc.id}`, { waitUntil: "commit" });
      // Navigation start -> the first segment's button is rendered by the hydrated workspace and can take a click.
      const handle = await page.waitForFunction(() => {
        const button = document.querySelector<HTMLButtonElement>("[data-workspace-ready] [data-segment-id]");
        return button && !button.disabled && button.getClientRects().length > 0 ? performance.now() : false;
      }, undefined, { timeout: 60_000, polling: "raf" });
      const ms = (await handle.jsonValue()) as number;
      inDom = await page.locator("[data-segment-id]").count();
      await page.close();
      if (run > 0) samples.push(ms); // run 0 warms the server
    }
    results.push({ ...doc, ms: median(samples), inDom });
  }
  await browser.close();

  const base = results[0].ms;
  const header = ["segments", ...results.map((result) => String(result.segmentCount))];
  const rows = [
    ["first segment interactive, median ms", ...results.map((result) => result.ms.toFixed(0))],
    ["ratio to the smallest", ...results.map((result) => (result.ms / base).toFixed(2))],
    ["segment buttons in the DOM", ...results.map((result) => String(result.inDom))],
  ];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (cells: string[]) => "| " + cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" | ") + " |";
  console.log(`Median of ${RUNS} runs after a warm-up, the app server + Chromium; target: 10k/100 ratio <= 2.\n`);
  console.log(line(header));
  console.log("|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|");
  rows.forEach((row) => console.log(line(row)));
  console.log(`\n10k/100 ratio: ${(results[results.length - 1].ms / base).toFixed(2)}`);
} finally {
  server.kill();
  await getDb().$disconnect().catch(() => {});
  await disconnectDb();
  await database.drop();
}
