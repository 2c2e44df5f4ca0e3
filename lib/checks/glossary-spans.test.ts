import { describe, expect, it } from "vitest";
import { sourceTermSpans, targetTermSpans } from "./glossary-spans";

const ENTRIES = [
  { source: "Минфин", preferred: "Finance Ministry", forbidden: ["Minfin"], note: "Russia's" },
  { source: "министерство", preferred: "ministry", forbidden: [] },
];

describe("glossary term spans", () => {
  it("finds a source term in every inflected form", () => {
    for (const form of ["Минфин", "Минфина", "Минфином"]) {
      const text = `По данным ${form} рост составил 2%.`;
      const [span] = sourceTermSpans(text, "ru", ENTRIES);
      expect(text.slice(span.start, span.end)).toBe(form);
      expect(span).toMatchObject({ entry: 0, kind: "source" });
    }
  });

  it("finds a Russian name in its inflected forms, which the stemmer cuts apart (Лавров: лавр, Лаврова: лавров)", () => {
    const names = [{ source: "Сергей Лавров", preferred: "Sergey Lavrov", forbidden: [] }];
    for (const form of ["Сергей Лавров", "Сергея Лаврова", "Сергеем Лавровым"]) {
      const text = `Встреча, где был ${form}, прошла в Женеве.`;
      const found = sourceTermSpans(text, "ru", names);
      expect(found.map((span) => text.slice(span.start, span.end))).toEqual([form]);
    }
    // Only a short ending: another word that starts with the term's stem is not the term.
    expect(sourceTermSpans("Минфинансы сообщили.", "ru", ENTRIES)).toEqual([]);
  });

  it("finds a term whose vowel drops in its other forms (посол: посла, послом), not a word that only starts alike", () => {
    const terms = [{ source: "посол", preferred: "ambassador", forbidden: [] }];
    const found = (text: string) => sourceTermSpans(text, "ru", terms).map((span) => text.slice(span.start, span.end));
    for (const form of ["посол", "посла", "послу", "послом", "послы", "послов", "послами"]) expect(found(`Вчера ${form} выступил.`), form).toEqual([form]);
    for (const other of ["После встречи он уехал.", "Послезавтра он уедет.", "Он послал письмо.", "Послание зачитали.", "Последний раунд прошёл."]) expect(found(other), other).toEqual([]);
    expect(found("После встречи посол уехал.")).toEqual(["посол"]);
  });

  it("does not take a longer name for a shorter one (Иванов is not Иван)", () => {
    const names = [{ source: "Иван", preferred: "Ivan", forbidden: [] }];
    expect(sourceTermSpans("Выступил Иванов.", "ru", names)).toEqual([]);
    expect(sourceTermSpans("Выступил Иван.", "ru", names)).toHaveLength(1);
  });

  it("marks preferred and forbidden targets in the MT, the longer term winning an overlap", () => {
    const text = "The Finance Ministry and Minfin's ministries said.";
    const spans = targetTermSpans(text, "en", ENTRIES);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.entry, s.kind])).toEqual([
      ["Finance Ministry", 0, "preferred"],
      ["Minfin's", 0, "forbidden"],
      ["ministries", 1, "preferred"],
    ]);
  });

  it("finds nothing without terms", () => {
    expect(sourceTermSpans("Минфин", "ru", [])).toEqual([]);
  });

  it("marks a forbidden target that differs from the preferred only by an ending as forbidden, and the preferred as preferred", () => {
    const bank = [{ source: "Центральный банк", preferred: "Central Bank", forbidden: ["Central Banking"] }];
    const kinds = (text: string) => targetTermSpans(text, "en", bank).map((s) => [text.slice(s.start, s.end), s.kind]);
    expect(kinds("The Central Bank raised the rate.")).toEqual([["Central Bank", "preferred"]]);
    expect(kinds("Central Banking raised the rate.")).toEqual([["Central Banking", "forbidden"]]);
  });
});
