import { describe, expect, it } from "vitest";
import { placeholderProblem, placeholdersToXml, requiredPlaceholders } from "./placeholders";

const codes = { "⟦1⟧": '<g id="1">', "⟦/1⟧": "</g>", "⟦2⟧": '<x id="2"/>' };
const mt = "Different ⟦1⟧dreams⟦/1⟧ in one Geneva⟦2⟧";
const required = requiredPlaceholders(mt, null);

describe("placeholders", () => {
  it("accepts a proposal that moves placeholders", () => {
    expect(placeholderProblem("⟦2⟧Different dreams in ⟦1⟧one Geneva⟦/1⟧", codes, required)).toBeNull();
  });

  it("names a missing placeholder and its code", () => {
    expect(placeholderProblem("Different ⟦1⟧dreams⟦/1⟧ in one Geneva", codes, required)).toBe(
      'The proposal is missing the placeholder ⟦2⟧ (<x id="2"/>); move placeholders, never delete them.',
    );
  });

  it("refuses a broken, unknown, doubled or reversed placeholder", () => {
    expect(placeholderProblem("Different ⟦1⟧dreams⟦/1 in one Geneva⟦2⟧", codes, required)).toMatch(/^The placeholder "⟦\/1" is broken/);
    expect(placeholderProblem(`${mt}⟦7⟧`, codes, required)).toBe("⟦7⟧ is not a placeholder of this sentence; remove it.");
    expect(placeholderProblem(`${mt}⟦2⟧`, codes, required)).toMatch(/⟦2⟧ \(<x id="2"\/>\) appears twice/);
    expect(placeholderProblem("Different ⟦/1⟧dreams⟦1⟧ in one Geneva⟦2⟧", codes, required)).toMatch(/⟦\/1⟧ \(<\/g>\) closes before ⟦1⟧/);
  });

  it("refuses pairs of tags that overlap, which no markup can write, but not codes made to overlap", () => {
    const tags = { "⟦1⟧": '<span class="x">', "⟦/1⟧": "</span>", "⟦2⟧": "<b>", "⟦/2⟧": "</b>", "⟦3⟧": "<br>" };
    const required = ["⟦1⟧", "⟦/1⟧", "⟦2⟧", "⟦/2⟧", "⟦3⟧"];
    expect(placeholderProblem("⟦1⟧a ⟦2⟧b⟦/2⟧⟦/1⟧⟦3⟧ c", tags, required)).toBeNull();
    expect(placeholderProblem("⟦1⟧a ⟦2⟧b⟦3⟧⟦/1⟧ c⟦/2⟧", tags, required)).toBe(
      'The placeholder ⟦/1⟧ (</span>) closes inside ⟦2⟧ (<b>)…⟦/2⟧ (</b>); keep each pair inside or outside the other.',
    );
    const closedBefore = { "⟦/1⟧": "</a>", "⟦2⟧": "<b>", "⟦/2⟧": "</b>" };
    expect(placeholderProblem("end⟦/1⟧ ⟦2⟧b⟦/2⟧", closedBefore, ["⟦/1⟧", "⟦2⟧", "⟦/2⟧"])).toBeNull();
    expect(placeholderProblem("⟦2⟧end⟦/1⟧ b⟦/2⟧", closedBefore, ["⟦/1⟧", "⟦2⟧", "⟦/2⟧"])).toMatch(/⟦\/1⟧ \(<\/a>\) closes inside ⟦2⟧/);
    const bptEpt = { "⟦1⟧": '<bpt id="1">&lt;b></bpt>', "⟦/1⟧": '<ept id="1">&lt;/b></ept>', "⟦2⟧": '<bpt id="2">&lt;i></bpt>', "⟦/2⟧": '<ept id="2">&lt;/i></ept>' };
    expect(placeholderProblem("⟦1⟧a ⟦2⟧b⟦/1⟧ c⟦/2⟧", bptEpt, Object.keys(bptEpt))).toBeNull();
  });

  it("requires the source's placeholders when there is no MT", () => {
    expect(requiredPlaceholders("", "Встреча⟦1⟧")).toEqual(["⟦1⟧"]);
    expect(requiredPlaceholders("", null)).toEqual([]);
  });

  it("writes text as XML with each placeholder's own code", () => {
    expect(placeholdersToXml("A & B ⟦1⟧<c>⟦/1⟧⟦2⟧", codes)).toBe('A &amp; B <g id="1">&lt;c&gt;</g><x id="2"/>');
  });
});
