// One RFC 4180 CSV cell that a spreadsheet shows as text and never runs (OWASP's advice on CSV injection).

const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that would start a formula gets a leading single quote; plain numbers stay numbers. */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** What csvCell guarded, back as it was: a file Verso wrote reads back into the same text. */
export function unguardedCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) && !NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
