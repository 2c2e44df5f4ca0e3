import { getDb } from "../lib/db";
import { acceptFinding } from "../lib/server/checks/accept-finding";
import { dismissFinding } from "../lib/server/checks/dismiss-finding";
import { listFindings } from "../lib/server/checks/list-findings";
import { createTestActor } from "../tests/factories";
import { test, expect, uniqueTitle, createDocument } from "./fixtures";

test("the quality report counts, per check, the findings editors kept and dismissed", async ({ page, login }) => {
  const id = await createDocument(uniqueTitle("Checks"), "Talks in Geneva\n\nThe meeting borrowed an hour. The summit took place in in Moscow.\n");
  const editor = await createTestActor("editor");
  const findings = await listFindings({ actor: editor, documentId: id });
  const decide = (check: string) => {
    const finding = findings.find((f) => f.check === check)!;
    return { actor: editor, documentId: id, segmentId: finding.segmentId, check, start: finding.start, end: finding.end };
  };
  await acceptFinding(decide("doubled-word"));
  await dismissFinding(decide("mt-pattern"));
  expect(await getDb().annotation.count({ where: { segment: { documentId: id }, origin: "check:doubled-word" } })).toBe(1);

  await login("reviewer");
  await page.goto(`/documents/${id}/report`);
  const table = page.getByRole("table", { name: "Findings kept and dismissed per check" });
  await expect(table.getByRole("row", { name: /doubled-word/ })).toHaveText(/doubled-word\s*1\s*0\s*100/);
  await expect(table.getByRole("row", { name: /mt-pattern/ })).toHaveText(/mt-pattern\s*0\s*1\s*0/);
});
