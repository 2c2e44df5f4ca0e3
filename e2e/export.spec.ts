import { readFile } from "node:fs/promises";
import { getDb } from "../lib/db";
import { createAnnotation } from "../lib/server/annotations/create-annotation";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { createTestActor } from "../tests/factories";
import { test, expect, uniqueTitle, createDocument, numberedArticle } from "./fixtures";

const CORRECTION = "The meeting lasted an hour and a half.";

/** 3 segments, 13 MT words; one approved correction (8 MT words) with a Major flag, so the MQM score is 100 × (1 − 5 / 8) = 37.5. */
async function documentWithApprovedCorrection(title: string) {
  const id = await createDocument(title, "Talks in Geneva\n\nThe meeting borrowed an hour and a half. Lavrov spoke.\n");
  const [editor, reviewer] = await Promise.all([createTestActor("editor"), createTestActor("reviewer")]);
  const segment = await getDb().segment.findFirstOrThrow({ where: { documentId: id, mtText: { contains: "borrowed" } } });
  const { proposalId } = await submitProposal({ actor: editor, segmentId: segment.id, text: CORRECTION, expectedVersion: segment.version });
  await approveProposal({ actor: reviewer, proposalId });
  const start = segment.mtText.indexOf("borrowed");
  await createAnnotation({ actor: reviewer, segmentId: segment.id, fields: { start, end: start + "borrowed".length, category: "Accuracy", subcategory: "Mistranslation", severity: "Major" } });
  return id;
}

const slug = (title: string) => title.toLowerCase().replace(/\s+/g, "-");

test("a reviewer downloads the cleaned article as .txt and .docx, named after the title", async ({ page, login }) => {
  const title = uniqueTitle("Export");
  const id = await documentWithApprovedCorrection(title);
  await login("reviewer");
  await page.goto(`/documents/${id}/export`);
  await expect(page.getByRole("heading", { name: "Export" })).toBeVisible();
  await expect(page.getByText("2 of 3 segments are not approved.")).toBeVisible();
  await expect(page.getByLabel("its machine translation")).toBeChecked();

  const txtDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Plain text (.txt)" }).click();
  const txt = await txtDownload;
  expect(txt.suggestedFilename()).toBe(`${slug(title)}.txt`);
  const text = await readFile(await txt.path(), "utf8");
  expect(text).toContain(CORRECTION);
  expect(text).toContain("Lavrov spoke.");

  const docxDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Word (.docx)" }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe(`${slug(title)}.docx`);
  expect((await readFile(await docx.path())).subarray(0, 2).toString()).toBe("PK");
  await expect(page.getByRole("button", { name: "Full backup (.json)" })).toBeVisible();
});

test("a title with й keeps its letters in the downloaded file name, and the options reach the file", async ({ page, login }) => {
  const title = `Мой край ${Date.now()}`;
  const id = await documentWithApprovedCorrection(title);
  await login("reviewer");
  await page.goto(`/documents/${id}/export`);

  const txtDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Plain text (.txt)" }).click();
  expect((await txtDownload).suggestedFilename()).toBe(`${slug(title)}.txt`);
  expect(slug(title)).toMatch(/^мой-край-/);

  await page.getByLabel(/Mark the sentences that are not approved/).check();
  const htmlDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "HTML (.html)" }).click();
  const html = await readFile(await (await htmlDownload).path(), "utf8");
  expect(html).toContain("Draft: 2 of 3 sentences are not approved; they are marked.");
  expect(html).toContain('<mark class="unapproved">Lavrov spoke.</mark>');
  expect(html).toContain(CORRECTION);
  expect(html).not.toContain(`<mark class="unapproved">${CORRECTION}</mark>`);

  await page.getByLabel(/a pseudonym/).check();
  const tsvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "MQM annotations (.tsv)" }).click();
  const tsv = await readFile(await (await tsvDownload).path(), "utf8");
  expect(tsv).toMatch(/\trater-[0-9a-f]{10}\t/);
  expect(tsv).not.toContain("@");
  await expect(page.getByText(/One \{doc, segment, order, src, mt, pe\} line per post-edited segment only/)).toBeVisible();
});

test("the quality report shows the error charts, the MQM score and a segment table sorted on the server", async ({ page, login }) => {
  const id = await documentWithApprovedCorrection(uniqueTitle("Report"));
  await login("reviewer");
  await page.goto(`/documents/${id}/report`);
  await expect(page.getByRole("heading", { name: "Quality report" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Errors by category: Accuracy 1 error, penalty 5/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Errors by severity: .*Major 1 error, penalty 5/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Errors by category as a table/ }).getByRole("row", { name: /Accuracy/ })).toContainText("5");
  await expect(page.locator('dt:text-is("MQM score (reviewed words)") + dd')).toContainText(/^37\.5Over the 1 approved segment/);
  await expect(page.locator('dt:text-is("HTER") + dd')).toContainText(/^12\.5Corpus TER/);

  // A metric column sorts worst first (on the server, through the address); a second click reverses it.
  const hter = page.getByRole("columnheader", { name: /HTER/ });
  await hter.getByRole("link").click();
  await expect(page).toHaveURL(/sort=hter&dir=desc/);
  await expect(hter).toHaveAttribute("aria-sort", "descending");
  const firstRow = page.getByRole("table").filter({ has: hter }).getByRole("row").nth(1);
  await expect(firstRow.getByRole("link", { name: "Segment 2" })).toHaveAttribute("href", new RegExp(`^/documents/${id}\\?s=\\d+$`));
  await hter.getByRole("link").click();
  await expect(hter).toHaveAttribute("aria-sort", "ascending");
});

test("an editor is not allowed to export, on the page or through the file's address", async ({ page, login }) => {
  const id = await documentWithApprovedCorrection(uniqueTitle("No export"));
  await login("editor");
  await page.goto(`/documents/${id}/export`);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Plain text (.txt)" })).toHaveCount(0);
  const response = await page.request.get(`/documents/${id}/export/txt`);
  expect(response.status()).toBe(403);
});

test("a full backup downloaded from the Export page and uploaded on the import page restores the document with its proposals", async ({ page, login }) => {
  test.setTimeout(120_000);
  const title = uniqueTitle("Backup round trip");
  const id = await documentWithApprovedCorrection(title);
  await login("admin");
  await page.goto(`/documents/${id}/export`);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Full backup (.json)" }).click();
  const backup = await readFile(await (await download).path());

  await page.goto("/documents/new");
  await expect(page.getByText("A Verso backup (.json, from a document's Export page) restores the whole document")).toBeVisible();
  await page.getByLabel(/upload a UTF-8 file/).setInputFiles({ name: `${slug(title)}.json`, mimeType: "application/json", buffer: backup });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/, { timeout: 60_000 });
  const restoredId = Number(new URL(page.url()).pathname.split("/").pop());
  expect(restoredId).not.toBe(id);
  await expect(page.getByRole("article").getByRole("heading", { level: 1 })).toContainText("Talks in Geneva");
  await expect(page.locator("#segment-2")).toContainText("The meeting borrowed an hour and a half.");
  await expect(page.getByRole("button", { name: /^Sentence 2: 1 flag, approved/ })).toBeVisible();

  const sentences = (documentId: number) => getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" }, select: { order: true, mtText: true, status: true } });
  const proposals = (documentId: number) =>
    getDb().proposal.findMany({ where: { segment: { documentId } }, orderBy: { id: "asc" }, select: { text: true, state: true, segment: { select: { order: true } } } });
  expect(await sentences(restoredId)).toEqual(await sentences(id));
  expect(await proposals(restoredId)).toEqual(await proposals(id));
  expect(await proposals(restoredId)).toEqual([{ text: CORRECTION, state: "approved", segment: { order: 2 } }]);
});

test("a backup over the 5 MiB import limit (a long document's) is restored on the import page too", async ({ page, login }) => {
  test.setTimeout(180_000);
  const id = await createDocument(uniqueTitle("Long backup"), numberedArticle(15_000));
  await login("admin");
  const backup = Buffer.from(await (await page.request.get(`/documents/${id}/export/backup`)).body());
  expect(backup.byteLength).toBeGreaterThan(5 * 1024 * 1024);
  await page.goto("/documents/new");
  await page.getByLabel(/upload a UTF-8 file/).setInputFiles({ name: "long.verso.json", mimeType: "application/json", buffer: backup });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/, { timeout: 120_000 });
  expect(Number(new URL(page.url()).pathname.split("/").pop())).not.toBe(id);
});
