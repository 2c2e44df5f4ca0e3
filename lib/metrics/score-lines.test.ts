import { describe, expect, it } from "vitest";
import { scoreLines } from "./score-lines";

const line = (mt: string, pe: string) => JSON.stringify({ mt, pe });

describe("scoreLines", () => {
  it("scores each pair, then the corpus", () => {
    const input = [line("d e f g h a b c", "a b c d e f g h"), "", line("a b", "a b"), ""].join("\n");
    const result = scoreLines(input);
    expect(result).toEqual({
      lines: [
        JSON.stringify({ hter: 12.5, chrf: 52.9 }),
        JSON.stringify({ hter: 0, chrf: 100 }),
        // sacrebleu: TER().corpus_score -> 10.0, CHRF().corpus_score -> 53.194...
        JSON.stringify({ corpus: { hter: 10, chrf: 53.19 } }),
      ],
    });
  });

  it("rounds to 2 decimals", () => {
    const result = scoreLines(line("Blinken told", "Blinken said so"));
    expect("lines" in result && JSON.parse(result.lines[0]).hter).toBe(66.67);
  });

  it("accepts CRLF line ends and a byte order mark", () => {
    const result = scoreLines(`\uFEFF${line("a", "a")}\r\n${line("b", "c")}\r\n`);
    expect("lines" in result && result.lines).toHaveLength(3);
  });

  it.each([
    ["not json", "line 2: not valid JSON"],
    ["[1, 2]", 'line 2: expected a JSON object with "mt" and "pe", got an array'],
    ["null", 'line 2: expected a JSON object with "mt" and "pe", got null'],
    ['"text"', 'line 2: expected a JSON object with "mt" and "pe", got string "text"'],
    ['{"pe": "a"}', 'line 2: "mt" is missing'],
    ['{"mt": "a"}', 'line 2: "pe" is missing'],
    ['{"mt": "a", "pe": 5}', 'line 2: "pe" must be a string, got number 5'],
    ['{"mt": null, "pe": "a"}', 'line 2: "mt" must be a string, got null'],
  ])("reports a bad line %s and outputs nothing", (bad, message) => {
    const result = scoreLines(`${line("a", "a")}\n${bad}\n${line("b", "b")}`);
    expect(result).not.toHaveProperty("lines");
    expect("error" in result && result.error).toContain(message);
  });

  it("counts empty lines in line numbers", () => {
    expect(scoreLines(`\n\n{"mt": 1}`)).toEqual({ error: 'line 3: "mt" must be a string, got number 1' });
  });

  it("rejects input without segments", () => {
    expect(scoreLines("\n  \n")).toHaveProperty("error", expect.stringMatching(/^no segments/));
  });
});
