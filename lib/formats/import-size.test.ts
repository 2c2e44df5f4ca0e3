import { expect, test } from "vitest";
import { decodeText } from "./text-input";
import { importTooLargeMessage, MAX_IMPORT_BYTES } from "./import-size";

test("the size limit is given in MiB, as it is counted, and names a file or pasted text", () => {
  expect(importTooLargeMessage(6 * 1024 * 1024, "file")).toBe("The file is 6.0 MiB; Verso imports up to 5 MiB at a time.");
  expect(importTooLargeMessage(MAX_IMPORT_BYTES + 200 * 1024, "text")).toBe("The text is 5.2 MiB; Verso imports up to 5 MiB at a time.");
  expect(() => decodeText(new Uint8Array(MAX_IMPORT_BYTES + 1))).toThrow("The text is 5.0 MiB; Verso imports up to 5 MiB at a time.");
});
