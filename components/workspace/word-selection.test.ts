import { describe, expect, it } from "vitest";
import { cursorToSpan, findWords, snapToWords, wholeCharacters } from "./word-selection";

const TEXT = "The meeting borrowed an hour and a half.";
const text = (span: { start: number; end: number }, from = TEXT) => from.slice(span.start, span.end);

describe("snapToWords", () => {
  it("widens a span cut through words to the whole words", () => {
    const start = TEXT.indexOf("orrowed");
    expect(text(snapToWords(TEXT, { start, end: TEXT.indexOf("our") }))).toBe("borrowed an hour");
  });

  it("keeps punctuation the selection took, and trims spaces at its edges", () => {
    const start = TEXT.indexOf(" a half");
    expect(text(snapToWords(TEXT, { start, end: TEXT.length }))).toBe("a half.");
  });

  it("moves a caret inside a word to the word's start", () => {
    const at = TEXT.indexOf("eeting");
    expect(snapToWords(TEXT, { start: at, end: at })).toEqual({ start: TEXT.indexOf("meeting"), end: TEXT.indexOf("meeting") });
  });

  it("counts UTF-16 code units and never splits an emoji", () => {
    const emoji = "Go 👍🏽now and";
    const inside = emoji.indexOf("now") - 1; // between the halves of the skin-tone modifier
    expect(text(snapToWords(emoji, { start: inside, end: emoji.indexOf("now") + 1 }), emoji)).toBe("👍🏽now");
  });
});

describe("wholeCharacters", () => {
  it("keeps characters as chosen but never half of a surrogate pair", () => {
    const emoji = "a👍b";
    expect(text(wholeCharacters(emoji, { start: 2, end: 4 }), emoji)).toBe("👍b");
    expect(text(wholeCharacters(TEXT, { start: 13, end: 25 }))).toBe("orrowed an h");
  });
});

describe("findWords (the keyboard's steps)", () => {
  const steps = (from: string) => findWords(from).map((word) => from.slice(word.start, word.end));

  it("steps over a punctuation mark on its own, so a word can be flagged without it and the mark without the word", () => {
    const said = "We don't intend to attack, attack or interfere to Ukraine\", - the minister told.";
    expect(steps(said)).toEqual(["We", "don't", "intend", "to", "attack", ",", "attack", "or", "interfere", "to", "Ukraine", "\",", "-", "the", "minister", "told", "."]);
    const words = findWords(said);
    expect(said.slice(cursorToSpan(words, said.length, { anchor: 4, focus: 5 }).start, cursorToSpan(words, said.length, { anchor: 4, focus: 5 }).end)).toBe("attack");
  });

  it("keeps numbers, abbreviations, hyphenated words and emoji whole", () => {
    expect(steps("On January 9-10 the U.S. paid 1,500.25 dollars 👩‍👩‍👧 Rostov-on-Don.")).toEqual(["On", "January", "9-10", "the", "U.S", ".", "paid", "1,500.25", "dollars", "👩‍👩‍👧", "Rostov-on-Don", "."]);
    expect(steps("Read ⟦1⟧the report⟦/1⟧.")).toEqual(["Read", "⟦1⟧", "the", "report", "⟦/1⟧", "."]);
  });
});
