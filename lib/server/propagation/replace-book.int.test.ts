import { beforeAll, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { createTestActor } from "../../../tests/factories";
import { bookText, importText, versionsOf } from "../../../tests/propagation-fixtures";
import { applyReplacement } from "./apply-replacement";
import { findPropagation } from "./find-propagation";
import { previewReplacement } from "./preview-replacement";

let admin: Actor, editor: Actor;
beforeAll(async () => {
  [admin, editor] = await Promise.all([createTestActor("admin"), createTestActor("editor")]);
});

// Times are printed, never asserted: npm run bench:replace measures them.
test("find and replace previews and applies across a 10,000-segment document", { timeout: 300_000 }, async () => {
  const { id, segments } = await importText("Replace book", bookText(10_000), admin);
  expect(segments).toHaveLength(10_000);

  let started = performance.now();
  const every = await previewReplacement({ actor: editor, documentId: id, query: { find: "(\\d+)", replace: "#$1", regex: true } });
  const previewMs = performance.now() - started;
  expect(every.changes).toHaveLength(9_999);
  expect(every.changes.at(-1)?.after).toBe("Sentence number #9999 of the book is here.");

  started = performance.now();
  const outcome = await applyReplacement({ actor: editor, documentId: id, query: { find: "(\\d+)", replace: "#$1", regex: true }, segments: versionsOf(every.changes) });
  const applyMs = performance.now() - started;
  expect(outcome.applied).toHaveLength(9_999);
  expect(outcome.skipped).toEqual([]);
  expect(await getDb().proposal.count({ where: { segment: { documentId: id } } })).toBe(9_999);
  expect(await getDb().documentEvent.count({ where: { documentId: id, type: "proposal.submit" } })).toBe(9_999);

  started = performance.now();
  const name = segments.find((segment) => segment.mtText.startsWith("Sergey"))!;
  const before = `${name.mtText.replace(/\d+/, (n) => `#${n}`)}`;
  const [offer] = await findPropagation({ actor: editor, documentId: id, segmentId: name.id, before, after: before.replace("Sergey", "Sergei") });
  const propagationMs = performance.now() - started;
  expect(offer.changes).toHaveLength(999);
  console.log(`10,000 segments: preview ${previewMs.toFixed(0)} ms, apply ${applyMs.toFixed(0)} ms (9,999 proposals), propagation offer ${propagationMs.toFixed(0)} ms`);
});
