import { describe, expect, it } from "vitest";
import { compileSearch } from "./compile-search";
import { replaceInText } from "./replace-in-text";
import { sourceVariants } from "./source-variants";

const rows = [
  { id: 1, sourceText: "Сергей Лавров встретился с Блинкеном.", text: "Sergei Lavrov met Blinken." },
  { id: 2, sourceText: "Сергея Лаврова спросили о встрече.", text: "Sergej Lavrov was asked about the meeting." },
  { id: 3, sourceText: "Доклад Сергеева вышел.", text: "The Sergeyev report came out." },
  { id: 4, sourceText: "Пресса ждала.", text: "Sergey the driver waited." },
  { id: 5, sourceText: null, text: "Sergej again." },
];

describe("sourceVariants", () => {
  it("finds a name's other close spellings in sentences whose source has the same name, inflected or not", () => {
    const found = sourceVariants("Сергей Лавров встретился с Блинкеном.", { find: "Sergey", replace: "Sergei" }, rows, 1);
    expect(found?.variants).toEqual(["Sergej"]);
    // Sergeyev is another name (three edits away); sentence 4's source has no such name; sentence 5 has no source.
    expect([...(found?.segmentIds ?? [])]).toEqual([2]);
    const compiled = compileSearch(found!.query);
    expect(compiled.ok && replaceInText(rows[1].text, compiled.search, found!.query.replace).text).toBe("Sergei Lavrov was asked about the meeting.");
  });

  it("offers nothing without a source, for a phrase that is not a name, or when the source lacks the name", () => {
    expect(sourceVariants(null, { find: "Sergey", replace: "Sergei" }, rows, 1)).toBeNull();
    expect(sourceVariants("Сергей Лавров", { find: "borrowed", replace: "lasted" }, rows, 1)).toBeNull();
    expect(sourceVariants("Пресса ждала.", { find: "Sergey", replace: "Sergei" }, rows, 4)).toBeNull();
  });

  it("builds a whole-word, case-sensitive pattern of the other spellings", () => {
    const found = sourceVariants("Сергей", { find: "Sergey", replace: "Sergei" }, [{ id: 2, sourceText: "Сергей", text: "Sergej" }], 1);
    expect(found?.query).toMatchObject({ find: "Sergej", regex: true, wholeWord: true, caseSensitive: true });
  });
});
