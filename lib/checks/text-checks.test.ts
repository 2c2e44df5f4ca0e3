import { describe, expect, it } from "vitest";
import { findings, spans } from "./run-one.test-helper";

describe("doubled-word", () => {
  it("reports a word written twice, whatever its case", () => {
    expect(spans("doubled-word", ["The summit took place in in Moscow.", "The the talks ended.", "It is is late."])).toEqual([
      [1, "in in"],
      [2, "The the"],
      [3, "is is"],
    ]);
  });
  it("leaves grammatical and separated repeats alone", () => {
    expect(spans("doubled-word", ["He had had enough.", "He said that that was all.", "We don't intend to attack, attack or interfere.", "Bora Bora is far.", "He wasn't in in-depth talks."])).toEqual([]);
  });
  it("leaves a repeat alone where the source repeats a word too (Дюран Дюран, очень-очень)", () => {
    const doc = [
      { source: "Дюран Дюран выступили.", target: "Duran Duran performed." },
      { source: "Это было очень-очень давно.", target: "It was a long long time ago." },
      { source: "Они встретились в Женеве.", target: "They met in in Geneva." },
      { source: "Он сказал, что что-то изменится.", target: "He said that something will will change." },
    ];
    expect(spans("doubled-word", doc)).toEqual([[3, "in in"], [4, "will will"]]);
  });
});

describe("punctuation-spacing", () => {
  it("reports a space before a mark and a missing space after one", () => {
    expect(spans("punctuation-spacing", ["The delegations exchanged gifts ,", "He left ; she stayed .", "Why ?", "The talks ended,and the parties left.", "It ended.The parties left."])).toEqual([
      [1, " ,"],
      [2, " ;"],
      [2, " ."],
      [3, " ?"],
      [4, ","],
      [5, "."],
    ]);
  });
  it("reports a doubled mark, a space inside brackets and two spaces between words", () => {
    expect(spans("punctuation-spacing", ["The talks ended..", "The talks,, ended.", "The report ( see above ) was read.", "The  minister spoke."])).toEqual([
      [1, ".."],
      [2, ",,"],
      [3, "( "],
      [3, " )"],
      [4, "  "],
    ]);
    const clean = ["He paused... and went on.", "Really?! he asked.", "It ended.  Then it began again.", "Wait!! he shouted.", "See (1) above."];
    expect(spans("punctuation-spacing", clean)).toEqual([]);
  });
  it("leaves numbers, times, initials, URLs, ellipses, file names and quotes alone", () => {
    const clean = [
      "The rate was 92.4 roubles, or 1,500,000 in total.",
      "They met at 10:30 in the U.S. capital, e.g. in the White House.",
      "See https://example.com/a,b;c:d or www.example.org.",
      "He paused ... and went on.",
      "It ran on .NET and Node.js, at a ratio of 3:1.",
      'The West is "quite tough and intransigent," he said.',
      "Write to press@example.com today!",
      "He smiled :) and left.",
    ];
    expect(spans("punctuation-spacing", clean)).toEqual([]);
  });
  it("reports a bracket run into the word before or after it, and a space inside curly quotes", () => {
    const doc = ["The meeting(closed) lasted an hour.", "The meeting (closed)lasted an hour.", "He added: “ The decision has been made.”", "He added: “The decision has been made. ”", "He said « no ».", 'He added: " The decision has been made".', 'He added: "The decision has been made ".'];
    expect(spans("punctuation-spacing", doc)).toEqual([
      [1, "("],
      [2, ")"],
      [3, "“ "],
      [4, " ”"],
      [5, "« "],
      [5, " »"],
      [6, '" '],
      [7, ' "'],
    ]);
    const clean = ["Each participant(s) must sign.", "It was (re)organised twice.", "The COVID-19 (coronavirus) spread.", "Call f(x) here.", "He said “no” and left.", "See item 2(a) and (b).", "The U.S.(and allies) agreed.", 'He said "yes" and "no".', 'Size 5" - "big" one.', '"Yes," he said. "No," she replied.', 'We will come," he said, "and stay.'];
    expect(spans("punctuation-spacing", clean)).toEqual([]);
  });

  it("reports a space before % in English only", () => {
    expect(spans("punctuation-spacing", ["Inflation was 3.5 % last year."])).toEqual([[1, " %"]]);
    expect(spans("punctuation-spacing", ["L'inflation était de 3,5 %."], { targetLanguage: "fr" })).toEqual([]);
    expect(spans("punctuation-spacing", ["Inflation was 3.5% last year."])).toEqual([]);
  });
  it("lets French put a space before ; : ! ?", () => {
    expect(spans("punctuation-spacing", ["Il a dit : non !"], { targetLanguage: "fr" })).toEqual([]);
  });
});

describe("unbalanced-brackets and unbalanced-quotes", () => {
  it("reports the mark that is never closed or never opened", () => {
    expect(spans("unbalanced-brackets", ["The meeting (closed lasted an hour.", "The meeting closed) early.", "A [note."])).toEqual([
      [1, "("],
      [2, ")"],
      [3, "["],
    ]);
    expect(spans("unbalanced-quotes", ['He added: "The decision has been made.', "He said «yes.", "She said “no."])).toEqual([
      [1, '"'],
      [2, "«"],
      [3, "“"],
    ]);
  });
  it("pairs marks across the sentences of one paragraph", () => {
    expect(spans("unbalanced-quotes", ['"We will not attack.', 'We want talks," he said.'], { sameBlock: true })).toEqual([]);
    expect(spans("unbalanced-quotes", ['"We will not attack.', 'We want talks, "he said.'], { sameBlock: true })).toEqual([[2, '"']]);
  });
  it("accepts a source sentence that is itself open", () => {
    expect(spans("unbalanced-quotes", [{ source: "«Мы не нападём.", target: '"We will not attack.' }])).toEqual([]);
  });
  it("leaves list markers, smileys and balanced marks alone", () => {
    const clean = ["1) The first point (see above).", "a) a point; b) another.", 'He said "yes" and "no".', "She smiled :) then left.", "«Да», — сказал он „тихо“.", "The report (see page 5) was published.", "The plan (option b) won."];
    expect(spans("unbalanced-brackets", clean)).toEqual([]);
    expect(spans("unbalanced-quotes", clean)).toEqual([]);
  });
});

describe("capitalisation", () => {
  it("reports a lower-case start where the source starts in upper case", () => {
    expect(spans("capitalisation", [{ source: "Встреча завершилась вечером.", target: "the meeting ended in the evening." }])).toEqual([[1, "the"]]);
    expect(spans("capitalisation", [{ source: "«Встреча завершилась».", target: '"the meeting ended."' }])).toEqual([[1, "the"]]);
  });
  it("follows a source that starts in lower case", () => {
    expect(spans("capitalisation", [{ source: "встреча завершилась вечером.", target: "the meeting ended in the evening." }])).toEqual([]);
  });
  it("without a source, reports only a start after a finished sentence", () => {
    expect(spans("capitalisation", ["The talks ended.", "the parties left."], { sameBlock: true })).toEqual([[2, "the"]]);
    expect(spans("capitalisation", ["The talks ended. the parties left."])).toEqual([[1, "the"]]);
    expect(spans("capitalisation", ["the first line of a list", "iPhone sales grew.", "He came at 5 p.m. and left.", "Apples, pears etc. are sold."])).toEqual([]);
    expect(spans("capitalisation", ["The talks went on...", "and on."], { sameBlock: true })).toEqual([]);
  });
});

describe("untranslated", () => {
  it("reports runs of the source's script, with or without a source", () => {
    expect(spans("untranslated", ["The head of the Минфин Anton Siluanov gave a report.", "He read Российская газета today.", "The Рresident spoke."])).toEqual([
      [1, "Минфин"],
      [2, "Российская газета"],
      [3, "Рresident"],
    ]);
  });
  it("leaves the target's own script and lone symbols alone", () => {
    expect(spans("untranslated", ["The café in Zürich.", "The angle α is small."])).toEqual([]);
  });
  it("reports a Latin word with a look-alike Cyrillic or Greek letter as a mixed-script typo, not as untranslated text", () => {
    const found = findings("untranslated", ["The summit took place in Moсcow.", "The Рresident spoke.", "The meeting in Москве ended.", "Talks with Blinkеn and Лавров went on."]);
    expect(found.map((f) => [f.segment, f.text, f.category.subcategory])).toEqual([
      [1, "Moсcow", "Character encoding"],
      [2, "Рresident", "Character encoding"],
      [3, "Москве", "Untranslated"],
      [4, "Blinkеn", "Character encoding"],
      [4, "Лавров", "Untranslated"],
    ]);
    expect(found[0].message).toBe('"Moсcow" mixes scripts: "с" is a Cyrillic letter that looks like a Latin one; retype it.');
    expect(found[0].message).not.toMatch(/not translated/);
    expect(found[2].message).toBe('"Москве" is not translated.');
  });
  it("reports a Latin look-alike inside a Russian word of a Russian MT", () => {
    const found = findings("untranslated", ["Встреча прошла в Mоскве."], { targetLanguage: "ru" });
    expect(found.map((f) => [f.text, f.message])).toEqual([["Mоскве", '"Mоскве" mixes scripts: "M" is a Latin letter that looks like a Cyrillic one; retype it.']]);
  });
  it("keeps a half-transliterated word (Latin and Cyrillic letters that do not look alike) as untranslated", () => {
    expect(findings("untranslated", ["The head of Minфин spoke."]).map((f) => [f.text, f.category.subcategory])).toEqual([["Minфин", "Untranslated"]]);
  });
});
