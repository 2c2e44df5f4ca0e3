import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alignTexts, anchorsOf, nameKey } from "./index";

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("alignTexts on a Russian source and its English MT", () => {
  const source = read("geneva-ru.txt");
  const target = read("geneva-en.txt");
  const alignment = alignTexts(source, target, { sourceLanguage: "ru", targetLanguage: "en" });
  const drawn = alignment.groups.map((g) => [g.source.map((s) => s.text.slice(0, 24)), g.target.map((s) => s.text.slice(0, 24))]);

  it("draws the groups a translator would", () => {
    expect(drawn.map(([s, t]) => `${s.length}-${t.length}`)).toEqual([
      "1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1",
      "1-2", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "2-1", "1-1",
    ]);
    expect(drawn[13]).toEqual([["Накануне, 20 января, сос"], ["The day before, on Janua", "He devoted to Russia and"]]);
    expect(drawn[21]).toEqual([["Уровень популярности Бай", "Это ниже показателей за "], ["Level of popularity of B"]]);
    expect(drawn[7]).toEqual([["Она предложила альянсу п"], ["I suggested alliance to "]]);
  });

  it("gives spans into each text, every sentence once and in order", () => {
    for (const [side, text] of [["source", source], ["target", target]] as const) {
      const spans = alignment.groups.flatMap((g) => g[side]);
      const sentences = alignment[side].blocks.flatMap((b) => b.segments);
      expect(spans).toEqual(sentences);
      for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

describe("anchors", () => {
  it("matches names across scripts and numbers across separators", () => {
    expect(nameKey("Лаврова")).toBe(nameKey("Lavrov"));
    expect(nameKey("Женеве")).toBe(nameKey("Geneva"));
    expect(nameKey("Вашингтон")).toBe(nameKey("Washington"));
    expect(nameKey("Джон")).toBe(nameKey("John"));
    expect(anchorsOf("Он составил 48,9% в 2021 году?")).toEqual(anchorsOf("It was 48.9% in 2021?"));
  });
});
