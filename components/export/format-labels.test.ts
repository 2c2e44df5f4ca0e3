import { describe, expect, it } from "vitest";
import { formatLabel } from "./format-labels";

describe("formatLabel", () => {
  it("names what a document imported from XLIFF gets: its own file back, in its own version", () => {
    expect(formatLabel("xliff", "xliff-1.2")).toEqual({ label: "XLIFF 1.2 (.xlf): the imported file", about: expect.stringMatching(/^The file you imported, every byte kept, with each approved target written back \(state final\)/) });
    expect(formatLabel("xliff12", "xliff-1.2")).toEqual(formatLabel("xliff", "xliff-1.2"));
    expect(formatLabel("xliff", "xliff-2.0").label).toBe("XLIFF 2.0 (.xlf): the imported file");
    expect(formatLabel("xliff12", "xliff-2.0").about).toMatch(/^Verso's own units, one per segment/);
  });

  it("keeps the general labels for any other document", () => {
    for (const imported of [null, "html", "tmx"]) {
      expect(formatLabel("xliff", imported)).toEqual(formatLabel("xliff"));
      expect(formatLabel("xliff", imported).label).toBe("XLIFF 2.0 (.xlf)");
    }
  });
});
