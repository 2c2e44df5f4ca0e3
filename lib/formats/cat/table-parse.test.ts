import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJsonl, parseTable } from "./table-parse";

const fixture = (name: string) => readFileSync(`tests/fixtures/cat/${name}`, "utf8");

describe("parseTable", () => {
  it("reads a WMT TSV by its header, quotes as text", () => {
    expect(parseTable(fixture("wmt.tsv"), "\t")).toEqual([
      { source: "Встреча длилась полтора часа.", target: "The meeting borrowed an hour and a half.", doc: "geneva", system: "online-A" },
      { source: '"Мы не собираемся нападать", - сказал Рябков.', target: '"We do not intend to attack," - Ryabkov told.', doc: "geneva", system: "online-A" },
    ]);
  });

  it("reads header-less rows in Anthea's order: source, target, doc, system", () => {
    expect(parseTable(fixture("anthea.tsv"), "\t")[1]).toEqual({
      source: "Переговоры прошли в отеле «Президент».",
      target: "Negotiations took place in Prezident hotel.",
      doc: "geneva",
      system: "online-A",
    });
  });

  it("reads quoted CSV", () => {
    expect(parseTable(fixture("pairs.csv"), ",")[1]).toEqual({ source: "Лавров, Блинкен и их команды.", target: "Lavrov, Blinken and their teams." });
  });

  it("names a missing column", () => {
    expect(() => parseTable(fixture("missing-column.tsv"), "\t")).toThrow('The TSV file has no "target" column; its header must name the columns source and target');
    expect(() => parseTable("only one column\n", "\t")).toThrow("Row 1 of the TSV file has 1 column; each row needs a source and a target.");
  });

  it("names the line a short row is on, past blank lines and quoted line breaks", () => {
    expect(() => parseTable('source,target\n"multi\nline\nsource","ml"\n\nonly-one-column\n', ",")).toThrow("Row 3 of the CSV file (line 6) has 1 column; each row needs a source and a target.");
    expect(() => parseTable("source\ttarget\n\na\tb\nc\n", "\t")).toThrow("Row 3 of the TSV file (line 4) has 1 column;");
  });
});

describe("parseJsonl", () => {
  it("reads src and mt", () => {
    expect(parseJsonl(fixture("pairs.jsonl"))[0]).toEqual({ source: "Встреча длилась полтора часа.", target: "The meeting borrowed an hour and a half." });
  });

  it("names the line that is wrong", () => {
    expect(() => parseJsonl('{"src":"a","mt":"b"}\n{"src":"a"}\n')).toThrow('Line 2 needs the text fields "src" (or null) and "mt".');
    expect(() => parseJsonl("{oops\n")).toThrow("Line 1 is not JSON");
  });
});

describe("CSV as Excel writes it where the decimal mark is a comma (German, French, Russian settings)", () => {
  it("reads semicolon-separated cells when the header names its columns that way", () => {
    expect(parseTable('source;target\n"Привет; мир";"Hello, world"\nДа;Yes\n', ",")).toEqual([
      { source: "Привет; мир", target: "Hello, world" },
      { source: "Да", target: "Yes" },
    ]);
  });
});

