import { test, expect, TEST_PASSWORD } from "./fixtures";
import { createTestActor } from "../tests/factories";

test("a signed-out visitor is sent to sign-in, and comes back after signing in with the form", async ({ page }) => {
  const reviewer = await createTestActor("reviewer");
  await page.goto("/documents/new");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdocuments%2Fnew/);
  await page.getByLabel("Email").fill(reviewer.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");

  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/documents\/new$/);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import" })).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an editor is shown that import is not allowed", async ({ page, login }) => {
  await login("editor");
  const response = await page.goto("/documents/new");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});
