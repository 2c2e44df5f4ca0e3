import { beforeAll, expect, test } from "vitest";
import tmx2js from "tmexchange/tmx2js";
import xliff2js from "xliff/xliff2js";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { exportDocument } from "@/lib/server/export/export-document";
import { bulkApprove } from "@/lib/server/reviews/bulk-approve";
import { createTestActor } from "../../../tests/factories";
import { propose } from "../../../tests/permission-fixtures";
import { importRaceDocument, RACE_TEXT, segmentsOf } from "../../../tests/race-fixtures";
import { mergeWithNext } from "./merge-segments";
import { splitSegment } from "./split-segment";

const ROUNDS = 20;
type Segment = Awaited<ReturnType<typeof segmentsOf>>[number];

let first: Actor, second: Actor, reviewer: Actor, admin: Actor;
beforeAll(async () => {
  [first, second, reviewer, admin] = await Promise.all([createTestActor("editor"), createTestActor("editor"), createTestActor("reviewer"), createTestActor("admin")]);
});

const splitInTheMiddle = (actor: Actor, segment: Segment) =>
  splitSegment({ actor, segmentId: segment.id, version: segment.version, at: segment.mtText.indexOf(" ", segment.mtText.length / 2) });

/** Orders are exactly 1..n, in text order and block order, and each segment's MT is its slice of the document. */
async function expectConsistent(documentId: number, count: number) {
  const segments = await segmentsOf(documentId);
  expect(segments.map((segment) => segment.order)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  for (const [i, segment] of segments.entries()) {
    expect(RACE_TEXT.slice(segment.start, segment.end)).toBe(segment.mtText);
    if (i > 0) expect(segment.start).toBeGreaterThan(segments[i - 1].start);
    if (i > 0) expect(segment.block.order).toBeGreaterThanOrEqual(segments[i - 1].block.order);
  }
  expect((await getDb().document.findUniqueOrThrow({ where: { id: documentId } })).segmentCount).toBe(count);
  return segments;
}

/** Every segment gets an approved post-edit; the XLIFF and TMX exports must then hold every one of them. */
async function expectCompleteExports(documentId: number, segments: Segment[]) {
  const proposals = await Promise.all(segments.map((segment) => propose(first, segment.id, `${segment.mtText} [edited]`)));
  await bulkApprove({ actor: reviewer, proposalIds: proposals.map((proposal) => proposal.proposalId) });
  const expected = Object.fromEntries(segments.map((segment) => [`s${segment.id}`, `${segment.mtText} [edited]`]));

  const xliff = await xliff2js(String((await exportDocument({ actor: admin, documentId, format: "xliff" })).body));
  const units = xliff.resources[`doc${documentId}`];
  expect(Object.fromEntries(Object.entries(units).map(([id, unit]) => [id, unit.target]))).toEqual(expected);
  expect(Object.keys(units)).toEqual(Object.keys(expected));
  const tmx = await tmx2js(String((await exportDocument({ actor: admin, documentId, format: "tmx" })).body));
  expect(Object.fromEntries(Object.entries(tmx.resources).map(([id, unit]) => [id, unit.en]))).toEqual(expected);
  expect((await exportDocument({ actor: admin, documentId, format: "txt" })).body).toBe(
    segments.reduceRight((text, segment) => text.slice(0, segment.start) + `${segment.mtText} [edited]` + text.slice(segment.end), RACE_TEXT),
  );
}

test(`two editors splitting different sentences of one document at once, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { id, segments } = await importRaceDocument("Split race", admin);
    // Odd rounds: neighbours in one paragraph; even rounds: two paragraphs.
    const [a, b] = round % 2 === 0 ? [segments[2], segments[7]] : [segments[5], segments[6]];
    await Promise.all([splitInTheMiddle(first, a), splitInTheMiddle(second, b)]);
    const after = await expectConsistent(id, segments.length + 2);
    for (const original of [a, b]) {
      const halves = after.filter((segment) => segment.start >= original.start && segment.end <= original.end);
      expect(halves.map((segment) => segment.mtText).join(" ")).toBe(original.mtText);
      expect(halves[1].order).toBe(halves[0].order + 1);
    }
    // Merging a left half must pick its own right half back, whatever the other split did to the numbering.
    const left = after.find((segment) => segment.start === a.start)!;
    await mergeWithNext({ actor: second, segmentId: left.id, version: left.version });
    expect((await getDb().segment.findUniqueOrThrow({ where: { id: left.id } })).mtText).toBe(a.mtText);
    await expectCompleteExports(id, await expectConsistent(id, segments.length + 1));
  }
});

test(`a merge racing a split (same paragraph, then another paragraph) merges the right neighbour, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { id, segments } = await importRaceDocument("Merge race", admin);
    // The split comes before the merged pair in the text, so it shifts the order of the pair's second sentence.
    const [split, merged] = round % 2 === 0 ? [segments[1], segments[3]] : [segments[2], segments[9]];
    const next = segments[segments.indexOf(merged) + 1];
    await Promise.all([splitInTheMiddle(first, split), mergeWithNext({ actor: second, segmentId: merged.id, version: merged.version })]);
    const after = await expectConsistent(id, segments.length);
    const result = after.find((segment) => segment.id === merged.id)!;
    expect(result.mtText).toBe(`${merged.mtText} ${next.mtText}`);
    expect(after.some((segment) => segment.id === next.id)).toBe(false);
    await expectCompleteExports(id, after);
  }
});
