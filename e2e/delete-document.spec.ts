import { test, expect, openAs } from "./fixtures";
import { importSample } from "../tests/permission-fixtures";

test("an admin deletes a document from its page after typing its title, and the list says so; an editor has no such button", async ({ page, login, browser, baseURL }) => {
  const { id, title } = await importSample("Delete e2e");
  // An editor working in the document meanwhile is told its live updates stopped, not left with a page that looks current.
  const editor = await openAs(browser, baseURL!, "editor");
  await editor.page.goto(`/documents/${id}`);
  await expect(editor.page.locator("html[data-live=open]")).toBeAttached();
  await login("admin");
  await page.goto(`/documents/${id}`);
  await page.getByRole("button", { name: "Delete document…" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “${title}”?` });
  await expect(dialog).toContainText("Its 4 sentences go with it");
  const confirm = dialog.getByLabel("Type the title to confirm");
  await confirm.fill("Delete e2e");
  await dialog.getByRole("button", { name: "Delete document" }).click();
  await expect(confirm).toHaveAccessibleDescription("Type the document's title exactly as it is shown to delete it.");
  await confirm.fill(title);
  await dialog.getByRole("button", { name: "Delete document" }).click();

  await expect(page).toHaveURL(/\/\?deleted=/);
  await expect(page.getByRole("status").filter({ hasText: `Deleted “${title}” and all its work.` })).toBeVisible();
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  expect((await page.goto(`/documents/${id}`))?.status()).toBe(404);
  await expect(editor.page.getByRole("alert").filter({ hasText: "The server stopped this page’s live updates (the document may have been removed" })).toBeVisible();

  const kept = await importSample("Kept e2e");
  await editor.page.goto(`/documents/${kept.id}`);
  await expect(editor.page.getByRole("heading", { level: 1, name: kept.title })).toBeVisible();
  await expect(editor.page.getByRole("button", { name: "Delete document…" })).toHaveCount(0);
});
