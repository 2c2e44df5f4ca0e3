import { describe, expect, it, test } from "vitest";
import { decodeText } from "./text-input";
import { importTooLargeMessage, MAX_IMPORT_BYTES, uploadTooLargeMessage } from "./import-size";

test("the size limit is given in MiB, as it is counted, and names a file or pasted text", () => {
  expect(importTooLargeMessage(6 * 1024 * 1024, "file")).toBe("The file is 6.0 MiB; Verso imports up to 5 MiB at a time.");
  expect(importTooLargeMessage(MAX_IMPORT_BYTES + 200 * 1024, "text")).toBe("The text is 5.2 MiB; Verso imports up to 5 MiB at a time.");
  expect(() => decodeText(new Uint8Array(MAX_IMPORT_BYTES + 1))).toThrow("The text is 5.0 MiB; Verso imports up to 5 MiB at a time.");
});

describe("uploadTooLargeMessage", () => {
  it("lets a backup weigh more than a text, and points a backup too large for the page to the command line", () => {
    const MiB = 1024 * 1024;
    expect(uploadTooLargeMessage({ name: "long.verso.json", size: 9 * MiB })).toBeNull();
    expect(uploadTooLargeMessage({ name: "long.txt", size: 9 * MiB })).toBe("The file is 9.0 MiB; Verso imports up to 5 MiB at a time.");
    expect(uploadTooLargeMessage({ name: "book.verso.json", size: 20 * MiB })).toBe(
      "The backup is 20.0 MiB; the import page restores up to 11 MiB. Restore it with the command line: npm run -s verso -- import-backup FILE.",
    );
  });
});
