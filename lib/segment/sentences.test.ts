import { describe, expect, it } from "vitest";
import { splitSentences } from "./index";

const split = (text: string, language?: string) => splitSentences(text, language).map((s) => text.slice(s.start, s.end));

const ONE_SENTENCE: Array<[string, string]> = [
  ["titles", "Mr. Smith met Mrs. Jones, Dr. Brown, Gen. Milley, Gov. Newsom and Prof. Lee at St. Paul's Cathedral."],
  ["months before numbers", "The talks resumed on Jan. 10 and ended on Nov. 3 in Geneva."],
  ["No. before a number", "Resolution No. 14 was adopted by the Council."],
  ["e.g. and i.e.", "Some allies, e.g. Poland, objected; the rest, i.e. France and Italy, agreed."],
  ["e.g. before a capital", "Several allies (e.g. Britain) agreed."],
  ["a time zone after p.m.", "It ended at 5 p.m. GMT on Friday."],
  ["a weekday after a.m.", "The report came out at 8:30 a.m. Friday in Washington."],
  ["a sentence that opens with a time", "At 9 a.m. Mr. Lavrov arrived in Geneva."],
  ["initials", "The decree was signed by J. V. Stalin in 1945."],
  ["a middle initial", "George W. Bush visited Moscow."],
  ["U.S. before a title", "The U.S. Secretary of State met the U.S. President."],
  ["U.K. and E.U. inside a sentence", "The U.K. Government and the E.U. Commission met in Brussels."],
  ["an ellipsis before lower case", "Wait... what did he say?"],
  ["a question quoted before he asked", '"Is it over?" he asked.'],
  ["an exclamation quoted before she said", '"It is over!" she said.'],
  ["a comma inside a quotation", '"We will win," he said.'],
  ["a parenthesis with a period", "The vote (held on Jan. 5 in the U.N.) failed."],
  ["a period inside parentheses before lower case", "He left (he had to go.) and never came back."],
  ["a dash attribution", '"We are ready to talk", - Lavrov said.'],
  ["a percentage", "Support was 48.9% – lower than a year ago."],
  ["a channel name", "Subscribe to our channels YANDEX.ZEN, PULSE, GOOGLE NEWS"],
  ["a decimal and an email", "She sent $1,200.50 to jane.doe@example.com yesterday."],
  ["a stray space before the closing quote", 'He said: "It is over. "'],
  ["a quoted question before its attribution", '"Why not?" Sergei Lavrov asked the reporters.'],
  ["a hard-wrapped line", "The ministers met in\nGeneva on Friday."],
  ["no punctuation at all", "Subscribe to our channels"],
  ["Rs. before a number", "I will be paid Rs. 3520 at the end of the study."],
  ["an exclamation between double hyphens", "Mix it, put it in the oven, and -- voila! -- you have cake."],
  ["a question between double hyphens", "Some can be -- if I may say so? -- a bit questionable."],
  ["a full-width decimal point", "成長率は３．５％だった。"],
];

const SEVERAL: Array<[string, string, string[]]> = [
  ["months at the end of a sentence", "It happened in Nov. The results came later.", ["It happened in Nov.", "The results came later."]],
  ["times", "It began at 10 a.m. and ended at 5 p.m. It lasted seven hours.", ["It began at 10 a.m. and ended at 5 p.m.", "It lasted seven hours."]],
  ["U.K. at the end", "He moved to the U.K. He lives in London.", ["He moved to the U.K.", "He lives in London."]],
  ["E.U. at the end", "Sanctions were imposed by the E.U. They took effect in May.", ["Sanctions were imposed by the E.U.", "They took effect in May."]],
  ["U.S. at the end", "Troops left the U.S. The war was over.", ["Troops left the U.S.", "The war was over."]],
  ["Co. at the end", "He founded Smith & Co. It failed in 1990.", ["He founded Smith & Co.", "It failed in 1990."]],
  ["an initial after a name, then a new sentence", "It was signed by J. V. Stalin. Nobody objected.", ["It was signed by J. V. Stalin.", "Nobody objected."]],
  ["an ellipsis", "He paused... Then he left.", ["He paused...", "Then he left."]],
  ["said... He", "Putin said... He was asked directly.", ["Putin said...", "He was asked directly."]],
  ["a Unicode ellipsis", "He paused… Then he left.", ["He paused…", "Then he left."]],
  ["?!", "Really?! Nobody knew.", ["Really?!", "Nobody knew."]],
  ["a quotation, then a new sentence", '"It is over." He left.', ['"It is over."', "He left."]],
  ["a quotation, then he said", '"We will win," he said. "The war is over."', ['"We will win," he said.', '"The war is over."']],
  ["parentheses around a sentence", "(This was later denied.) The talks continued.", ["(This was later denied.)", "The talks continued."]],
  ["a sentence before parentheses", "He left. (He had to.)", ["He left.", "(He had to.)"]],
  ["a dash attribution, then a sentence", '"We are ready", - Lavrov said. He smiled.', ['"We are ready", - Lavrov said.', "He smiled."]],
  ["a sentence opened by a dash", '"It is time, - he said. - We leave now."', ['"It is time, - he said.', '- We leave now."']],
  ["a stray closing quote", '"It is over. " Then he left.', ['"It is over. "', "Then he left."]],
  ["a number", "Support was 48.9% in May. It fell later.", ["Support was 48.9% in May.", "It fell later."]],
  ["No. as a word", "He said No. It was final.", ["He said No.", "It was final."]],
  ["no at the end", "The answer was no. Ukraine's ministry did not comment.", ["The answer was no.", "Ukraine's ministry did not comment."]],
  ["a blank line", "A line without a stop\n\nThe next one.", ["A line without a stop", "The next one."]],
  ["a quoted question, then a new sentence", '"Is it over?" The minister left.', ['"Is it over?"', "The minister left."]],
  ["etc. at the end", "They bought apples, pears, etc. Moscow objected.", ["They bought apples, pears, etc.", "Moscow objected."]],
  ["full-width stops", "你好。再见。", ["你好。", "再见。"]],
  ["full-width periods", "Test strange period．Does it segment correctly．", ["Test strange period．", "Does it segment correctly．"]],
  ["a footnote number glued to the stop", "It is reflective cognition (type 2).10 This model helps. It was seen in 1987.1 According to him, it works.", [
    "It is reflective cognition (type 2).10", "This model helps.", "It was seen in 1987.1 According to him, it works.",
  ]],
  ["a footnote number after a word", "The gap grows in a consultation.11 Take the common cold. See p.154 The end.", [
    "The gap grows in a consultation.11", "Take the common cold.", "See p.154 The end.",
  ]],
  ["reference marks after the stop (a page's footnotes)", "Geneva is in Switzerland.[1] Talks ended.[2][a] Prices rose.[citation needed] See [3]. Done.", [
    "Geneva is in Switzerland.[1]", "Talks ended.[2][a]", "Prices rose.[citation needed]", "See [3].", "Done.",
  ]],
];

describe("splitSentences on news text", () => {
  it.each(ONE_SENTENCE)("keeps %s in one sentence", (_, text) => {
    expect(split(text)).toEqual([text]);
  });

  it.each(SEVERAL)("splits %s", (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("returns trimmed offsets into the given text", () => {
    const text = "  First one.   Second one.  ";
    expect(splitSentences(text)).toEqual([{ start: 2, end: 12 }, { start: 15, end: 26 }]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\t ")).toEqual([]);
  });
});

describe("splitSentences in Russian", () => {
  const SENTENCES: Array<[string, string[]]> = [
    ["Он приехал, т. е. вернулся домой. Потом уехал.", ["Он приехал, т. е. вернулся домой.", "Потом уехал."]],
    ["Президент В. В. Путин заявил об этом. Переговоры продолжатся.", ["Президент В. В. Путин заявил об этом.", "Переговоры продолжатся."]],
    ["Это сказали Иванов, Петров и др. Они согласились.", ["Это сказали Иванов, Петров и др.", "Они согласились."]],
    ["Жители г. Москвы недовольны.", ["Жители г. Москвы недовольны."]],
    ["Встреча прошла 5 янв. 2022 года в Женеве.", ["Встреча прошла 5 янв. 2022 года в Женеве."]],
    ["Это было в 2021 г. В Москве шёл снег.", ["Это было в 2021 г.", "В Москве шёл снег."]],
    ["Цены выросли на 5 млн. руб. Это много.", ["Цены выросли на 5 млн. руб.", "Это много."]],
    ["«Почему?» Лавров спросил. «Правда?» Он ушёл.", ["«Почему?» Лавров спросил.", "«Правда?»", "Он ушёл."]],
  ];

  it.each(SENTENCES)("%s", (text, expected) => {
    expect(split(text, "ru")).toEqual(expected);
  });

  it("falls back to English rules for an unknown language", () => {
    expect(split("Mr. Smith left. He came back.", "xx")).toEqual(["Mr. Smith left.", "He came back."]);
  });
});

describe("splitSentences in German", () => {
  it("keeps an ordinal range before a noun in its sentence", () => {
    const text = "Es gibt Funde aus dem 1. -3. Jahrhundert nach Christus. Sie sind alt.";
    expect(split(text, "de")).toEqual(["Es gibt Funde aus dem 1. -3. Jahrhundert nach Christus.", "Sie sind alt."]);
  });
});
