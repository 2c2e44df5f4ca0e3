import { describe, expect, it } from "vitest";
import { fileNameFor } from "./export-formats";

describe("fileNameFor", () => {
  it("keeps every letter of the title with its marks, composed (NFC)", () => {
    expect(fileNameFor("Мой край", "txt")).toBe("мой-край.txt");
    // A decomposed "й" (и + combining breve) comes out composed.
    expect(fileNameFor("Мои\u0306 край", "txt")).toBe("мой-край.txt");
    expect(fileNameFor("Café à Genève: l'été!", "md")).toBe("café-à-genève-lété.md");
    expect(fileNameFor("हिन्दी समाचार", "html")).toBe("हिन्दी-समाचार.html");
  });

  it("drops punctuation, cuts at 80 letters without splitting one, and names an empty title", () => {
    expect(fileNameFor("../../etc/passwd", "txt")).toBe("etcpasswd.txt");
    expect(fileNameFor("й".repeat(100), "txt")).toBe(`${"й".repeat(80)}.txt`);
    expect(fileNameFor("𝒜".repeat(81), "txt")).toBe(`${"𝒜".repeat(80)}.txt`);
    expect(fileNameFor("?!", "txt")).toBe("document.txt");
  });
});
