import { beforeAll, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { importDocument } from "@/lib/server/documents/import-document";
import { bulkApprove } from "@/lib/server/reviews/bulk-approve";
import { createTestActor, uniqueTitle } from "../../../tests/factories";
import { propose } from "../../../tests/permission-fixtures";
import { exportDocument } from "./export-document";

const ROUNDS = 20;
// Several of the export's pages of 1,000 sentences, so that one export is several reads over some hundred milliseconds.
const SENTENCES = 5_000;
const STEP_MS = 15;
const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

let admin: Actor, editor: Actor, reviewer: Actor;
beforeAll(async () => {
  [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
});

test(`an export made while a reviewer approves the first and the last sentence at once has both or neither, ${ROUNDS} rounds`, { timeout: 600_000 }, async () => {
  const text = `Snapshot\n\n${Array.from({ length: SENTENCES }, (_, i) => `Sentence number ${i + 1} of the book.`).join("\n\n")}\n`;
  const { id: documentId } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title: uniqueTitle("Export snapshot") } });
  const segments = await getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" }, select: { id: true } });
  const [first, last] = [segments[1], segments[segments.length - 1]];
  for (let round = 0; round < ROUNDS; round++) {
    const [a, b] = [`First, approved in round ${round}.`, `Last, approved in round ${round}.`];
    const proposals = [await propose(editor, first.id, a), await propose(editor, last.id, b)];
    // Each round starts the export a little later after the approval, so that some rounds commit between two of its reads.
    const [, file] = await Promise.all([
      bulkApprove({ actor: reviewer, proposalIds: proposals.map((p) => p.proposalId) }),
      delay(round * STEP_MS).then(() => exportDocument({ actor: admin, documentId, format: "txt" })),
    ]);
    const body = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body as Uint8Array);
    expect(body.includes(a)).toBe(body.includes(b));
  }
});
