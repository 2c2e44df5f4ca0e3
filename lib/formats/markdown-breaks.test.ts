import { expect, test } from "vitest";
import { LINE_SEPARATOR as LS, markdownHardBreak, withHardBreaks } from "./markdown-breaks";

test("a line ends in a hard break after an odd run of backslashes or two spaces, as CommonMark reads it", () => {
  expect(["a\\", "a\\\\", "a\\\\\\", "a  ", "a   ", "a ", "a\\  ", "a"].map(markdownHardBreak)).toEqual(["\\", null, "\\", "  ", "   ", null, "  ", null]);
});

test("each hard break becomes one line separator, also when its marker ends one piece and its line end starts the next", () => {
  const pieces = [{ text: "One.\\" }, { text: "\r\nTwo.  " }, { text: "\nThree\\\\\nfour." }];
  expect(withHardBreaks(pieces).map((piece) => piece.text)).toEqual(["One.", `${LS}Two.`, `${LS}Three\\\\\nfour.`]);
  const soft = [{ text: "No break\nhere." }];
  expect(withHardBreaks(soft)).toBe(soft);
});
