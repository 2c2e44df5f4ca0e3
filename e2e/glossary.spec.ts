import AxeBuilder from "@axe-core/playwright";
import { importDocument } from "../lib/server/documents/import-document";
import { createGlossary } from "../lib/server/glossaries/create-glossary";
import { createTerm } from "../lib/server/glossaries/create-term";
import { createTestActor } from "../tests/factories";
import { test, expect, openAs, uniqueTitle } from "./fixtures";

const MT = "Budget news\n\nAccording to Minfin, inflation slowed. The forecast stays.\n";
const SOURCE = "Новости бюджета\n\nПо данным Минфина, инфляция замедлилась. Прогноз остается прежним.\n";
const CSV = "source,preferred,forbidden,note\nМинфин,Finance Ministry,Minfin,Russia's finance ministry\nЦБ,Central Bank,,\n";

// Two people, an import and axe in one story: on a busy machine that outlasts the default 30 s (a ceiling, not the usual time).
test.describe.configure({ timeout: 120_000 });

test("a reviewer imports a CSV glossary and attaches it; an editor sees its terms highlighted with their entry", async ({ page, login, browser, baseURL }) => {
  const title = uniqueTitle("Glossary article");
  const encode = (text: string) => new TextEncoder().encode(text);
  const { id } = await importDocument({ actor: await createTestActor("admin"), bytes: encode(MT), source: { bytes: encode(SOURCE) }, input: { title, sourceLanguage: "ru" } });

  await login("reviewer");
  await page.goto("/");
  await page.getByRole("link", { name: "Glossaries" }).click();
  const name = uniqueTitle("Finance terms");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create glossary" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const file = page.getByLabel("Glossary file (CSV or TBX)");
  await file.setInputFiles({ name: "bad.tbx", mimeType: "application/xml", buffer: Buffer.from('<!DOCTYPE martif [<!ENTITY x "y">]><martif>&x;</martif>') });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("DOCTYPE");
  await expect(page.getByText("No terms yet.")).toBeVisible();

  await file.setInputFiles({ name: "finance.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("2 terms added");
  await expect(page.getByRole("row", { name: /Минфин\s*Finance Ministry\s*Minfin/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: /imported “finance.csv” into a glossary: 2 added/ })).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // The editor has the sentence open before the glossary is attached: its terms arrive live, without a reload.
  const editor = await openAs(browser, baseURL!, "editor");
  await editor.page.goto(`/documents/${id}`);
  const termsRead = editor.page.waitForResponse((response) => response.url().endsWith("/terms"));
  await editor.page.getByRole("button", { name: /^Sentence 2:/ }).click();
  await termsRead;
  const panel = editor.page.getByRole("complementary");
  const tooltip = editor.page.getByRole("tooltip");
  await expect(panel.getByRole("heading", { name: "Editing sentence 2" })).toBeVisible();
  await expect(panel.getByLabel("Source").locator("mark")).toHaveCount(0);

  await page.getByLabel("Document").selectOption({ label: title });
  await page.getByRole("button", { name: "Attach" }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // The source term, in an inflected form, and the forbidden translation in the MT are both marked.
  const sourceTerm = panel.getByLabel("Source").locator("mark", { hasText: "Минфина" });
  await sourceTerm.hover();
  await expect(tooltip).toContainText("Минфин → Finance Ministry");
  await expect(tooltip).toContainText("Not: Minfin");
  await expect(tooltip).toContainText("Russia's finance ministry");
  await expect(sourceTerm).toHaveAccessibleDescription(/Finance Ministry/);

  const mtTerm = panel.getByRole("textbox", { name: /Machine translation/ }).locator("mark", { hasText: "Minfin" });
  await mtTerm.hover();
  await expect(tooltip).toContainText("forbidden translation");
  // Escape hides the tooltip and leaves the sentence open.
  await editor.page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();
  await expect(panel.getByRole("heading", { name: "Editing sentence 2" })).toBeVisible();

  // Keyboard users get the same entry on focus.
  await sourceTerm.focus();
  await expect(tooltip).toContainText("Finance Ministry");
  await editor.context.close();
});

test("an unknown or deleted glossary shows the not-found page, not an error", async ({ page, login, browser, baseURL }) => {
  await login("editor");
  const response = await page.goto("/glossaries/999999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  // A reviewer's page also reads the glossary's history and the documents to attach it to.
  const reviewer = await openAs(browser, baseURL!, "reviewer");
  expect((await reviewer.page.goto("/glossaries/999999999"))?.status()).toBe(404);
  await reviewer.context.close();
});

test("a reviewer whose term save meets a colleague's newer one sees that version and can save over it", async ({ page, login, browser, baseURL }) => {
  const admin = await createTestActor("admin");
  const glossary = await createGlossary({ actor: admin, name: uniqueTitle("Conflict terms") });
  await createTerm({ actor: admin, glossaryId: glossary.id, source: "Минфин", preferred: "Finance Ministry" });
  await login("reviewer");
  const other = await openAs(browser, baseURL!, "reviewer");
  const editTerm = async (reviewer: typeof page, note: string) => {
    const row = reviewer.getByRole("row", { name: /^Минфин/ });
    if (!(await row.getByLabel("Note").isVisible())) await row.getByText("Edit").click();
    await row.getByLabel("Note").fill(note);
    await row.getByRole("button", { name: "Save term" }).click();
    return row;
  };
  await page.goto(`/glossaries/${glossary.id}`);
  await other.page.goto(`/glossaries/${glossary.id}`);
  await page.getByRole("row", { name: /^Минфин/ }).getByText("Edit").click();

  await expect((await editTerm(other.page, "Their note")).getByRole("cell", { name: "Their note" })).toBeVisible();
  const row = await editTerm(page, "My note");
  await expect(row.getByRole("alert")).toContainText("Someone changed this term");
  // Their version is on the page to read, and saving again is over it, not the same conflict once more.
  await expect(row.getByRole("cell", { name: "Their note" })).toBeVisible();
  await editTerm(page, "My note");
  await expect(row.getByRole("status")).toContainText("Term saved.");
  await expect(row.getByRole("cell", { name: "My note" })).toBeVisible();
  await other.context.close();
});

test("a glossary can be attached to an older document, past the first page of the document list, and only to one of its languages", async ({ page, login }) => {
  const admin = await createTestActor("admin");
  const encode = (text: string) => new TextEncoder().encode(text);
  const older = uniqueTitle("Older article");
  await importDocument({ actor: admin, bytes: encode("Older news\n\nThe talks went on.\n"), input: { title: older, sourceLanguage: "ru" } });
  const german = uniqueTitle("German article");
  await importDocument({ actor: admin, bytes: encode("German news\n\nThe talks went on.\n"), input: { title: german, sourceLanguage: "de" } });
  for (let n = 0; n < 50; n++) await importDocument({ actor: admin, bytes: encode(`Newer news ${n}\n\nThe talks went on.\n`), input: { title: uniqueTitle("Newer article"), sourceLanguage: "ru" } });
  const glossary = await createGlossary({ actor: admin, name: uniqueTitle("Older terms") });

  await login("reviewer");
  await page.goto(`/glossaries/${glossary.id}`);
  const documents = page.getByLabel("Document");
  await expect(documents.getByRole("option", { name: german })).toHaveCount(0);
  await documents.selectOption({ label: older });
  await page.getByRole("button", { name: "Attach" }).click();
  await expect(page.getByRole("link", { name: older })).toBeVisible();
});

test("a glossary's and a term's field errors show next to their fields, a forbidden target's too", async ({ page, login }) => {
  const glossary = await createGlossary({ actor: await createTestActor("admin"), name: uniqueTitle("Field terms") });
  await login("reviewer");
  await page.goto(`/glossaries/${glossary.id}`);

  await page.getByText("Rename or delete this glossary").click();
  const language = page.getByLabel("Source language");
  await language.fill("not a tag!");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(language).toHaveAttribute("aria-invalid", "true");
  const languageError = page.locator(`#${await language.getAttribute("aria-describedby")}`);
  await expect(languageError).toContainText("ru or pt-BR");
  // The message is about what was typed, so that stays in the field, which has the focus.
  await expect(language).toHaveValue("not a tag!");
  await expect(language).toBeFocused();
  // Said once, next to the field, not again at the top of the form.
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(1);

  const form = page.getByRole("button", { name: "Add term" }).locator("xpath=ancestor::form");
  await form.getByLabel("Source term").fill("Минфин");
  await form.getByLabel("Preferred target").fill("Finance Ministry");
  const forbidden = form.getByLabel("Forbidden targets (separated by |)");
  await forbidden.fill(`Minfin | ${"x".repeat(301)}`);
  await form.getByRole("button", { name: "Add term" }).click();
  await expect(forbidden).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await forbidden.getAttribute("aria-describedby")}`)).toHaveText("Keep each forbidden target under 300 characters.");
  await expect(form.getByRole("alert")).toHaveCount(1);
  await expect(page.getByText("No terms yet.")).toBeVisible();
});

test("a term refused because the glossary has it keeps what was typed, and the focus goes to the source term", async ({ page, login }) => {
  const admin = await createTestActor("admin");
  const glossary = await createGlossary({ actor: admin, name: uniqueTitle("Kept terms") });
  await createTerm({ actor: admin, glossaryId: glossary.id, source: "Минфин", preferred: "Finance Ministry" });
  await login("reviewer");
  await page.goto(`/glossaries/${glossary.id}`);

  const form = page.getByRole("button", { name: "Add term" }).locator("xpath=ancestor::form");
  await form.getByLabel("Source term").fill("Минфин");
  await form.getByLabel("Preferred target").fill("Ministry of Finance");
  await form.getByLabel("Forbidden targets (separated by |)").fill("Minfin | Finance Ministry");
  await form.getByLabel("Note").fill("the Russian ministry");
  await form.getByRole("button", { name: "Add term" }).press("Enter");

  const source = form.getByLabel("Source term");
  await expect(source).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await source.getAttribute("aria-describedby")}`)).toHaveText('This glossary already has the term "Минфин": edit that one.');
  await expect(source).toBeFocused();
  await expect(source).toHaveValue("Минфин");
  await expect(form.getByLabel("Preferred target")).toHaveValue("Ministry of Finance");
  await expect(form.getByLabel("Forbidden targets (separated by |)")).toHaveValue("Minfin | Finance Ministry");
  await expect(form.getByLabel("Note")).toHaveValue("the Russian ministry");

  await source.fill("Минэкономразвития");
  await form.getByRole("button", { name: "Add term" }).press("Enter");
  await expect(form.getByRole("status")).toHaveText("Term added.");
  await expect(form.getByRole("status")).toBeFocused();
  await expect(form.getByLabel("Source term")).toHaveValue("");
});

test("a new glossary refused for its language keeps its name and the typed language", async ({ page, login }) => {
  await login("reviewer");
  await page.goto("/glossaries");
  const name = uniqueTitle("Typed glossary");
  await page.getByLabel("Name").fill(name);
  const target = page.getByLabel("Target language");
  await target.fill("english!");
  await page.getByRole("button", { name: "Create glossary" }).press("Enter");
  await expect(target).toHaveAttribute("aria-invalid", "true");
  await expect(target).toHaveValue("english!");
  await expect(target).toBeFocused();
  await expect(page.getByLabel("Name")).toHaveValue(name);
});
