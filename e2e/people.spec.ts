import { getDb } from "../lib/db";
import { createAssignment } from "../lib/server/assignments/create-assignment";
import { createTestActor } from "../tests/factories";
import { createDocument, test, expect, uniqueTitle } from "./fixtures";

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

test("each of a person's forms shows its own message, in plain words", async ({ page, login }) => {
  await login("admin");
  const person = await createTestActor("editor");
  await page.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
  const row = page.getByRole("row").filter({ hasText: person.email });
  const [roles, status] = [row.getByRole("cell").nth(2), row.getByRole("cell").nth(3)];

  await roles.getByRole("checkbox", { name: "editor" }).uncheck();
  await roles.getByRole("button", { name: "Save roles" }).click();
  await expect(roles.getByRole("alert")).toHaveText("Keep at least one role.");

  await status.getByRole("button", { name: "Deactivate" }).click();
  await expect(status.getByRole("status")).toHaveText("Saved.");
  await expect(status.getByRole("button", { name: "Reactivate" })).toBeVisible();
  await expect(roles.getByRole("status")).toHaveCount(0);
  await status.getByRole("button", { name: "Reactivate" }).click();
  await expect(status.getByRole("button", { name: "Deactivate" })).toBeVisible();
  await expect(roles.getByText("Saved.")).toHaveCount(0);

  const form = page.getByRole("main").locator("form").filter({ has: page.getByRole("button", { name: "Add person" }) });
  await form.getByLabel("Name").fill("Nora Noroles");
  await form.getByLabel("Email").fill(`noroles-${Date.now()}@test.local`);
  await form.getByRole("checkbox", { name: "editor" }).uncheck();
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(form.getByRole("alert")).toHaveText("Give the account at least one role.");
});

test("deactivating someone who holds assignments asks first, then says how many were removed", async ({ page, login }) => {
  const admin = await login("admin");
  const person = await createTestActor("editor");
  const documentId = await createDocument(uniqueTitle("Leaver"), "Talks in Geneva\n\nThe meeting borrowed an hour. Lavrov spoke.\n");
  await createAssignment({ actor: admin, documentId, assigneeId: person.id, role: "edit", sentences: "2-3" });
  await page.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
  const status = page.getByRole("row").filter({ hasText: person.email }).getByRole("cell").nth(3);

  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await status.getByRole("button", { name: "Deactivate" }).click();
  await expect.poll(() => asked).toBe(`Deactivate ${person.name}? Their 1 assignment will be removed; reactivating them does not bring it back.`);
  await expect(status.getByRole("button", { name: "Deactivate" })).toBeEnabled();
  expect((await getDb().user.findUniqueOrThrow({ where: { id: person.id } })).active).toBe(true);

  page.once("dialog", (dialog) => void dialog.accept());
  await status.getByRole("button", { name: "Deactivate" }).click();
  await expect(status.getByRole("status")).toHaveText("Saved; their 1 assignment was removed.");
  await expect(status.getByRole("button", { name: "Reactivate" })).toBeVisible();
});

test("a refused new person keeps what the admin typed, and the focus goes where the problem is", async ({ page, login }) => {
  await login("admin");
  const existing = await createTestActor("editor");
  await page.goto("/admin/users");
  const form = page.getByRole("main").locator("form").filter({ has: page.getByRole("button", { name: "Add person" }) });
  await form.getByLabel("Name").fill("Rita Second");
  await form.getByLabel("Email").fill(existing.email);
  await form.getByRole("checkbox", { name: "reviewer" }).check();
  await form.getByRole("button", { name: "Add person" }).press("Enter");

  const email = form.getByLabel("Email");
  await expect(form.getByRole("alert")).toHaveText(`There is already an account for ${existing.email}.`);
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveValue(existing.email);
  await expect(form.getByLabel("Name")).toHaveValue("Rita Second");
  await expect(form.getByRole("checkbox", { name: "reviewer" })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "editor" })).toBeChecked();

  const fresh = `${uniqueTitle("second").replace(/\W+/g, "-").toLowerCase()}@test.local`;
  await email.fill(fresh);
  await form.getByRole("button", { name: "Add person" }).press("Enter");
  await expect(form.getByRole("status")).toContainText(`Created ${fresh}.`);
  await expect(form.getByRole("status")).toBeFocused();
  await expect(form.getByLabel("Name")).toHaveValue("");

  const row = page.getByRole("row").filter({ hasText: existing.email });
  await page.goto(`/admin/users?q=${encodeURIComponent(existing.email)}`);
  await row.getByRole("checkbox", { name: "reviewer" }).check();
  await row.getByRole("button", { name: "Save roles" }).press("Enter");
  await expect(row.getByRole("cell").nth(2).getByRole("status")).toHaveText("Saved.");
  await expect(row.getByRole("cell").nth(2).getByRole("status")).toBeFocused();
});

test("each row's buttons say whose they are, so a screen reader's list of buttons tells the people apart", async ({ page, login }) => {
  await login("admin");
  const person = await createTestActor("editor");
  await page.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
  const row = page.getByRole("row").filter({ hasText: person.email });
  for (const name of [`Rename ${person.email}`, `Save roles of ${person.name}`, `Deactivate ${person.name}`, `New sign-in link for ${person.name}`]) {
    await expect(row.getByRole("button", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("button", { name: "Deactivate", exact: true })).toHaveCount(0);
});
