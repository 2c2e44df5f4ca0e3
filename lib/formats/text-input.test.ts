import { describe, expect, it } from "vitest";
import { decodeText, encodeText } from "./text-input";

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

describe("bare CR line ends", () => {
  it.each([
    ["a\rb\r", true],
    ["a\rb", true],
    ["a\r\nb", false],
    ["a\rb\nc", false],
    ["a\nb", false],
    ["a", false],
  ])("are remembered when every line break is a lone CR: %j", (text, cr) => {
    const decoded = decodeText(new TextEncoder().encode(text));
    expect(decoded.cr).toBe(cr);
    expect(decoded.text).toBe(text.replace(/\r\n?/g, "\n"));
  });

  it("come back as CR, with the BOM, so an untouched file is given back byte for byte", () => {
    for (const text of ["\uFEFFOne.\rTwo.\r\rThree.\r", "One.\r\nTwo.\r\n", "One.\nTwo.\n"]) {
      expect(encodeText(decodeText(new TextEncoder().encode(text)).text, decodeText(new TextEncoder().encode(text)))).toBe(text);
    }
  });
});

describe("a file in UTF-16 (Notepad's “Unicode”, some CAT tools' XLIFF)", () => {
  const utf16le = (text: string, bom: boolean) => new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(text, "utf16le")]);
  const utf16be = (text: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);
  it.each([
    ["little-endian with a byte-order mark", utf16le("Hello world.\n", true)],
    ["big-endian with a byte-order mark", utf16be("Hello world.\n")],
    ["little-endian without one", utf16le("Hello world.\n", false)],
  ])("is named as UTF-16, not as binary or unknown: %s", (_, bytes) => {
    expect(() => decodeText(bytes)).toThrow("The file is UTF-16 text; Verso imports UTF-8. Save it as UTF-8 and import it again.");
  });
});
