// Cells that a spreadsheet shows as text and never runs (OWASP's advice on CSV injection), for the CSV and TSV exports.

const NUMBER = /^-?\d+(\.\d+)?$/;
// Quotes already in front of such a character get one more too, so that dropping one quote always gives the text back.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text that would start a formula gets a leading single quote; plain numbers stay numbers. */
export function spreadsheetText(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** One RFC 4180 CSV cell of spreadsheetText. */
export function csvCell(value: string): string {
  const text = spreadsheetText(value);
  return /[",\r\n]|^\s|\s$/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** What spreadsheetText guarded, back as it was: a file Verso wrote reads back into the same text. */
export function unguardedCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) && !NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
