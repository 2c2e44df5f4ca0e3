import { request as apiRequest } from "@playwright/test";
import { getDb } from "../lib/db";
import { createDocument, expect, test, uniqueTitle } from "./fixtures";

// The workspace's save is answered by scripts/app-server.mjs without Next's router: it must answer as Next would.
test("a save answered by the app server directly stores the proposal, carries Next's headers and refuses what it cannot take", async ({ page, login, baseURL }) => {
  const editor = await login("editor");
  const id = await createDocument(uniqueTitle("Direct save"), "Talks in Geneva\n\nThe meeting borrowed an hour and a half.\n");
  const segment = await getDb().segment.findFirstOrThrow({ where: { documentId: id, order: 2 }, select: { id: true } });
  const save = `/documents/${id}/segments/${segment.id}/proposals`;
  const headers = { origin: baseURL! };

  const saved = await page.request.post(save, { headers, data: { text: "The meeting lasted an hour and a half.", expectedVersion: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);
  const { proposalId } = await saved.json();
  const stored = await getDb().proposal.findUniqueOrThrow({ where: { id: proposalId }, select: { text: true, authorId: true } });
  expect(stored).toEqual({ text: "The meeting lasted an hour and a half.", authorId: editor.id });
  const page2 = await page.request.get(`/documents/${id}/segments`);
  for (const name of ["x-content-type-options", "referrer-policy", "x-frame-options"]) expect(saved.headers()[name], name).toBe(page2.headers()[name]);
  expect(saved.headers()["cache-control"]).toContain("no-store");

  const stale = await page.request.post(save, { headers, data: { text: "Another text.", expectedVersion: 0 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).conflict.theirText).toBe("The meeting lasted an hour and a half.");

  const notJson = await page.request.post(save, { headers: { ...headers, "content-type": "application/json" }, data: Buffer.from("{not json") });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).error).toBe("The request body is not JSON.");

  // Only the direct path answers 413 (through Next, the schema would refuse the text): this fails if Next serves the save.
  const huge = await page.request.post(save, { headers, data: { text: "x".repeat(2 * 1024 * 1024), expectedVersion: 1 } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error).toBe("The request body is larger than 1 MB.");

  const malformed = await page.request.post(`/documents/${id}/segments/%E0%A4%A/proposals`, { headers, data: {} });
  expect(malformed.status()).toBe(400);

  const signedOut = await apiRequest.newContext({ baseURL });
  const refused = await signedOut.post(save, { headers, data: { text: "Mine.", expectedVersion: 1 } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).ref).toMatch(/^[0-9a-f]+$/);
  await signedOut.dispose();
  expect(await getDb().proposal.count({ where: { segmentId: segment.id } })).toBe(1);
});
