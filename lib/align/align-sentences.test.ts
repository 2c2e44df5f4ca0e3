import { describe, expect, it } from "vitest";
import { alignParagraphs, alignSentences } from "./index";

const pairs = (groups: { source: number[]; target: number[] }[]) => groups.map((g) => `${g.source.join("+")}:${g.target.join("+")}`);

const RU = [
  "Министр иностранных дел России Сергей Лавров прибыл в Женеву во вторник вечером.",
  "Переговоры с госсекретарем США Энтони Блинкеном продлились полтора часа.",
  "Стороны обсудили гарантии безопасности в Европе.",
  "По словам Лаврова, Москва ждет письменного ответа на свои предложения до конца января.",
];
const EN = [
  "Russian Foreign Minister Sergei Lavrov arrived in Geneva on Tuesday evening.",
  "The talks with U.S. Secretary of State Antony Blinken lasted an hour and a half.",
  "The sides discussed security guarantees in Europe.",
  "According to Lavrov, Moscow expects a written answer to its proposals by the end of January.",
];

describe("alignSentences", () => {
  it("pairs sentences one to one", () => {
    expect(pairs(alignSentences(RU, EN))).toEqual(["0:0", "1:1", "2:2", "3:3"]);
  });

  it("gives one source sentence two target sentences (1-2)", () => {
    const source = [RU[0], "Переговоры с госсекретарем США Энтони Блинкеном продлились полтора часа, и стороны обсудили гарантии безопасности в Европе.", RU[3]];
    expect(pairs(alignSentences(source, EN))).toEqual(["0:0", "1:1+2", "2:3"]);
  });

  it("gives two source sentences one target sentence (2-1)", () => {
    const target = [EN[0], "The talks with U.S. Secretary of State Antony Blinken lasted an hour and a half, and the sides discussed security guarantees in Europe.", EN[3]];
    expect(pairs(alignSentences(RU, target))).toEqual(["0:0", "1+2:1", "3:2"]);
  });

  it("leaves a source sentence the translation dropped on its own (1-0)", () => {
    const source = [RU[0], RU[1], "В 2021 году Россия направила США и НАТО проекты двух договоров, в которых потребовала 15 гарантий.", RU[2], RU[3]];
    expect(pairs(alignSentences(source, EN))).toEqual(["0:0", "1:1", "2:", "3:2", "4:3"]);
  });

  it("leaves a target sentence with no source on its own (0-1)", () => {
    const target = [EN[0], EN[1], "In 2021 Russia sent the United States and NATO drafts of two treaties demanding 15 guarantees.", EN[2], EN[3]];
    expect(pairs(alignSentences(RU, target))).toEqual(["0:0", "1:1", ":2", "2:3", "3:4"]);
  });

  it("handles empty sides", () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(pairs(alignSentences(RU.slice(0, 2), []))).toEqual(["0:", "1:"]);
    expect(pairs(alignSentences([], EN.slice(0, 2)))).toEqual([":0", ":1"]);
  });

  it("never groups across a block break", () => {
    const target = [EN[0], "The talks with U.S. Secretary of State Antony Blinken lasted an hour and a half.", "The sides discussed security guarantees in Europe.", EN[3]];
    const source = [RU[0], "Переговоры с госсекретарем США Энтони Блинкеном продлились полтора часа, и стороны обсудили гарантии безопасности в Европе.", RU[3]];
    const groups = alignSentences(source, target, { targetBreaks: new Set([2]) });
    expect(groups.some((g) => g.target.includes(1) && g.target.includes(2))).toBe(false);
    expect(groups.flatMap((g) => g.target)).toEqual([0, 1, 2, 3]);
  });

  it("is deterministic", () => {
    const source = [...RU, ...RU.slice(1), RU[0]];
    const target = [...EN.slice(0, 3), ...EN, EN[0]];
    const first = alignSentences(source, target);
    expect(alignSentences([...source], [...target])).toEqual(first);
    expect(alignSentences([...source], [...target])).toEqual(first);
  });

  it("fills a band of cells that grows linearly with the input, and stays right on a long text", () => {
    const cellsFor = (copies: number) => {
      const source = Array.from({ length: copies }, (_, k) => RU.map((s) => `${s} (${k})`)).flat();
      const target = Array.from({ length: copies }, (_, k) => EN.map((s) => `${s} (${k})`)).flat();
      const stats = { cells: 0 };
      const groups = alignSentences(source, target, { stats });
      expect(groups.every((g, k) => g.source.length === 1 && g.target.length === 1 && g.source[0] === k && g.target[0] === k)).toBe(true);
      return stats.cells;
    };
    const small = cellsFor(200);
    const large = cellsFor(800);
    expect(large / small).toBeGreaterThan(3.5);
    expect(large / small).toBeLessThan(4.5);
    expect(large).toBeLessThan(3201 * 41);
  }, 60_000);
});

describe("alignParagraphs", () => {
  it("pairs paragraphs when the translation merged two", () => {
    const source = [RU[0], RU[1] + " " + RU[2], RU[3]];
    const target = [EN[0], EN[1], EN[2], EN[3]];
    expect(pairs(alignParagraphs(source, target))).toEqual(["0:0", "1:1+2", "2:3"]);
  });
});
