import { describe, expect, it } from "vitest";
import { decodeText } from "./text-input";

// The definition decodeText's regex test replaced: every line break, counted, is CRLF.
const allBreaksCrlf = (text: string) => {
  const breaks = text.match(/\r\n|\r|\n/g) ?? [];
  return breaks.length > 0 && breaks.every((b) => b === "\r\n");
};

describe("decodeText", () => {
  it.each(["a\r\nb\r\n", "a\nb", "a\r\nb\n", "a\rb", "a\r\r\nb", "a\r\n\rb", "a\r\n", "a", "a\n\r\nb", "x\r\n\r\n"])(
    "remembers CRLF exactly when every line break is CRLF: %j",
    (text) => {
      const decoded = decodeText(new TextEncoder().encode(text));
      expect(decoded.crlf).toBe(allBreaksCrlf(text));
      expect(decoded.text).toBe(text.replace(/\r\n?/g, "\n"));
    },
  );
});
