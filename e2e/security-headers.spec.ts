import type { APIResponse, Response } from "@playwright/test";
import { createTestActor } from "../tests/factories";
import { createDocument, expect, test, TEST_PASSWORD, uniqueTitle } from "./fixtures";

function expectSecurityHeaders(response: Response | APIResponse | null) {
  const headers = response!.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["cache-control"]).toContain("no-store");
  return headers;
}

test("pages, JSON and the sign-in page carry the security headers, and signing in and opening a document break no CSP rule", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));
  const editor = await createTestActor("editor");
  const id = await createDocument(uniqueTitle("Headers"), "Talks in Geneva\n\nThe meeting borrowed an hour and a half.\n");

  const signInPage = await page.goto(`/sign-in?next=/documents/${id}`);
  const policy = expectSecurityHeaders(signInPage)["content-security-policy"];
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);

  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}$`));
  await page.getByRole("button", { name: /^Sentence 2:/ }).click();
  await expect(page.getByRole("complementary").getByRole("heading", { name: "Editing sentence 2" })).toBeVisible();

  const documentPage = await page.request.get(`/documents/${id}`);
  expect(expectSecurityHeaders(documentPage)["content-security-policy"]).toContain("frame-ancestors 'none'");
  const json = await page.request.get(`/documents/${id}/segments`);
  expect(json.headers()["content-type"]).toContain("application/json");
  expectSecurityHeaders(json);
  expectSecurityHeaders(await page.request.get("/api/auth/get-session"));
  expect(violations).toEqual([]);
});
