import { test, expect, TEST_PASSWORD, uniqueTitle } from "./fixtures";
import { createUser } from "../lib/server/users/create-user";
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

test("a page a role may not see answers 403 and says so", async ({ page, login }) => {
  await login("editor");
  for (const path of ["/documents/new", "/admin/users", "/review"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
});

test("a document address that is no document id is a page that does not exist", async ({ page, login }) => {
  await login("reviewer");
  for (const path of ["/documents/abc", "/documents/99999999999", "/documents/2147483648/report", "/documents/0/activity"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("route handlers answer a signed-out caller with 401 and a JSON message, not a redirect", async ({ request }) => {
  const reads = ["/documents/1/segments", "/documents/1/segments/1", "/documents/1/export/txt", "/documents/1/report/csv", "/documents/1/comments", "/mentionable", "/glossaries/1/export/csv", "/tm/export"];
  for (const path of reads) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(401);
    expect((await response.json()).error, path).toMatch(/sign in/i);
  }
  // The workspace counts a page's findings with a POST; signed out, it gets a 401 it can tell apart, not the sign-in page.
  const counts = await request.post("/documents/1/findings", { data: { segmentIds: [1] }, maxRedirects: 0 });
  expect(counts.status()).toBe(401);
});

test("a refused sign-in puts the focus on its message, and a second refusal is a new message", async ({ page }) => {
  const editor = await createTestActor("editor");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).press("Enter");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText("That email and password do not match an active account.");
  await expect(alert).toBeFocused();

  const first = await alert.elementHandle();
  await page.getByRole("button", { name: "Sign in" }).press("Enter");
  await expect.poll(() => first!.evaluate((node) => node.isConnected)).toBe(false);
  await expect(alert).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
});

test("an invite link's page: a password too long says so and the link still works", async ({ page }) => {
  const admin = await createTestActor("admin");
  const email = `${uniqueTitle("long").replace(/\W+/g, "-").toLowerCase()}@test.local`;
  const { inviteLink } = await createUser({ actor: admin, name: "Lena Long", email, password: "", roles: ["editor"] });
  await page.goto(inviteLink!);
  const tooLong = "correct horse battery staple ".repeat(5);
  await page.getByLabel("New password").fill(tooLong);
  await page.getByLabel("The same password again").fill(tooLong);
  await page.getByRole("button", { name: "Set password" }).press("Enter");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText("Keep the password under 128 characters.");

  await page.getByLabel("New password").fill("a fine password");
  await page.getByLabel("The same password again").fill("a fine password");
  await page.getByRole("button", { name: "Set password" }).press("Enter");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your password is set.");
});
