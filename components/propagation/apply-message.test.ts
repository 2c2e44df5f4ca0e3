import { describe, expect, it } from "vitest";
import { applyMessage } from "./apply-message";

describe("applyMessage", () => {
  it("says how many were proposed", () => {
    expect(applyMessage({ applied: [{ segmentId: 1, proposalId: 2, version: 1 }], skipped: [] })).toBe("Proposed for 1 sentence; a reviewer approves them as usual.");
  });

  it("names the sentences left alone, grouped by why", () => {
    const message = applyMessage({
      applied: [],
      skipped: [
        { segmentId: 5, order: 5, reason: "changed" },
        { segmentId: 7, order: 7, reason: "changed" },
        { segmentId: 9, order: 9, reason: "unchanged" },
      ],
    });
    expect(message).toBe("Nothing was proposed. Left as they are: sentences 5, 7 changed meanwhile (someone saved it since the preview); sentence 9 no longer has the text to change.");
  });
});
