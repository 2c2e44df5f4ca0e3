import { describe, expect, it } from "vitest";
import data from "./data/mt-patterns-ru-en.json" with { type: "json" };
import { loadPatterns } from "./mt-pattern";
import { spans } from "./run-one.test-helper";

describe("mt-pattern", () => {
  it("reports known Russian-English calques", () => {
    const doc = [
      "In Geneva there took place the meeting of the ministers.",
      "The meeting borrowed an hour and a half.",
      "Negotiations on this occasion took place in Geneva.",
      '"We are ready", - Blinken told.',
      "Russia demanded guarantees of the safety.",
    ];
    expect(spans("mt-pattern", doc)).toEqual([
      [1, "there took place"],
      [2, "borrowed an hour"],
      [3, "on this occasion"],
      [4, '", - '],
      [4, "told"],
      [5, "guarantees of the safety"],
    ]);
  });

  it("stays silent on ordinary English", () => {
    const doc = [
      "The meeting took place the next day in Geneva.",
      "He borrowed a book from the library.",
      "The summit took place in Moscow.",
      "He told reporters that the talks were useful.",
      "There were three hundred people in the hall.",
      "A representative of the Ministry of Finance declined to comment.",
    ];
    expect(spans("mt-pattern", doc)).toEqual([]);
  });

  it("reports an MT-invented \"I\" only when the source has no first person", () => {
    expect(spans("mt-pattern", [{ source: "Она предложила альянсу прекратить расширение.", target: "I suggested alliance to stop expansion." }])).toEqual([[1, "I"]]);
    expect(spans("mt-pattern", [{ source: "Я предложил альянсу прекратить расширение.", target: "I suggested alliance to stop expansion." }])).toEqual([]);
    expect(spans("mt-pattern", ["I suggested alliance to stop expansion."])).toEqual([]);
  });

  it("loads every pattern of the data file as a regular expression", () => {
    expect(loadPatterns(data).length).toBe(data.patterns.length);
    expect(() => loadPatterns({ patterns: [{ id: "x" }] })).toThrow();
  });
});
