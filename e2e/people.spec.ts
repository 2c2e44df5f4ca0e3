import { test, expect, uniqueTitle } from "./fixtures";

test("an admin invites a person, who chooses a password through the link and signs in", async ({ page, login, browser, baseURL }) => {
  await login("admin");
  const email = `${uniqueTitle("invitee").replace(/\W+/g, "-").toLowerCase()}@test.local`;
  await page.goto("/admin/users");
  const form = page.getByRole("main").locator("form").filter({ has: page.getByRole("button", { name: "Add person" }) });
  await form.getByLabel("Name").fill("Ivy Invitee");
  await form.getByLabel("Email").fill(email);
  await form.getByRole("checkbox", { name: "reviewer" }).check();
  await form.getByRole("button", { name: "Add person" }).click();
  const shown = form.getByRole("status").locator("code");
  await expect(shown).toContainText("/reset-password?token=");
  const link = (await shown.textContent())!;
  await expect(page.getByRole("row").filter({ hasText: email })).toBeVisible();

  const invitee = await browser.newContext({ baseURL });
  const newcomer = await invitee.newPage();
  await newcomer.goto(link);
  await newcomer.getByLabel("New password").fill("a fine password");
  await newcomer.getByLabel("The same password again").fill("a fine password");
  await newcomer.getByRole("button", { name: "Set password" }).click();
  await newcomer.getByRole("link", { name: "Sign in" }).click();
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill("a fine password");
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(newcomer.getByText("Ivy Invitee")).toBeVisible();
  await invitee.close();
});
