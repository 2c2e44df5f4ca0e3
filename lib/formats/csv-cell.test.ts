import { expect, test } from "vitest";
import { csvCell, unguardedCell } from "./csv-cell";

test.each([
  ["=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""],
  ["+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\""],
  ["-2+3", "\"'-2+3\""],
  ["@SUM(A1:A2)", "\"'@SUM(A1:A2)\""],
  ["\t=1", "\"'\t=1\""],
  ["\r=1", "\"'\r=1\""],
])("a cell that a spreadsheet would run as a formula, %j, is quoted text", (value, cell) => {
  expect(csvCell(value)).toBe(cell);
});

test("numbers, words and commas keep their usual CSV form", () => {
  expect([csvCell("-1.5"), csvCell("12"), csvCell("approved"), csvCell("a,b"), csvCell("")]).toEqual(["-1.5", "12", "approved", "\"a,b\"", ""]);
});

test("a guarded cell reads back as the text it was", () => {
  for (const value of ["=HYPERLINK(\"x\")", "-see also", "@home", "'quoted", "'=quoted formula", "''-5", "-1.5", "plain"]) {
    const cell = csvCell(value).replace(/^"(.*)"$/s, "$1").replaceAll('""', '"');
    expect(unguardedCell(cell)).toBe(value);
  }
});
