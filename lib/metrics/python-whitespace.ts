// Python's argument-less str.split(), which sacrebleu's TER tokenizer and chrF use to find words.

// The characters for which Python's str.isspace() is true; JavaScript's \s differs (\ufeff in, \x1c-\x1f and \x85 out).
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

export function splitOnWhitespace(text: string): string[] {
  return text.split(PYTHON_WHITESPACE).filter((word) => word.length > 0);
}

export function removeWhitespace(text: string): string {
  return splitOnWhitespace(text).join("");
}
