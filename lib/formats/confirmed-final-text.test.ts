import { describe, expect, it } from "vitest";
import { buildDocument } from "./fixtures/build-document";
import { countUnapproved, documentSegments, finalText, postEditedText } from "./final-text";
import { triplets } from "./triplets";

describe("a sentence whose MT an editor confirmed", () => {
  const doc = buildDocument("The meeting lasted an hour. Lavrov spoke.\n", { title: "Confirmed" });
  const [confirmed, untouched] = documentSegments(doc);
  confirmed.status = "confirmed";
  confirmed.latest = confirmed.mt;

  it("has its MT as final text and counts as done in the export", () => {
    expect(finalText(confirmed)).toBe(confirmed.mt);
    expect(postEditedText(confirmed)).toBe(confirmed.mt);
    expect(postEditedText(untouched)).toBeNull();
    expect(countUnapproved(doc)).toBe(1);
  });

  it("is a post-edit that kept the MT in the triplets", () => {
    const lines = triplets(doc).trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ mt: confirmed.mt, pe: confirmed.mt });
  });
});
