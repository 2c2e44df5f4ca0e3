import { describe, expect, it } from "vitest";
import { content12, content20, placeholdersFromExport } from "./xliff-codes";

const codes = { "⟦1⟧": "<em>", "⟦/1⟧": "</em>", "⟦2⟧": "<br>", "⟦3⟧": '<a href="/x">', "⟦/3⟧": "</a>" };
const paired = (n: string) => n !== "2";

describe("placeholders as XLIFF inline codes", () => {
  it("writes nested pairs as <pc>, a line break as <ph>, and a pair cut by the sentence's end as isolated <sc>/<ec>", () => {
    expect(content20("A ⟦1⟧b⟦/1⟧ c.⟦2⟧", codes, paired)).toBe('A <pc id="1" dataRefStart="d1" dataRefEnd="d1e">b</pc> c.<ph id="2" dataRef="d2"/>');
    expect(content20("⟦3⟧End.", codes, paired)).toBe('<sc id="3" isolated="yes" dataRef="d3"/>End.');
    expect(content20("⟦1⟧a ⟦3⟧b⟦/1⟧ c⟦/3⟧", codes, paired)).toBe('<sc id="1" dataRef="d1"/>a <sc id="3" dataRef="d3"/>b<ec startRef="1" dataRef="d1e"/> c<ec startRef="3" dataRef="d3e"/>');
    expect(content12("A ⟦1⟧b & c⟦/1⟧.⟦2⟧", codes, paired)).toBe('A <bpt id="1">&lt;em&gt;</bpt>b &amp; c<ept id="1">&lt;/em&gt;</ept>.<ph id="2">&lt;br&gt;</ph>');
  });

  it("reads a file's codes back as the placeholders they were written from, whichever form a tool left them in", () => {
    // As the XLIFF reader numbers them: in the order they come, each code's XML kept.
    const read = { "⟦1⟧": '<pc id="3" dataRefStart="d3">', "⟦/1⟧": "</pc>", "⟦2⟧": '<ph id="2"/>', "⟦3⟧": '<bx id="1"/>', "⟦4⟧": '<ex id="1"/>', "⟦5⟧": '<it id="7" pos="close">&lt;/b&gt;</it>' };
    expect(placeholdersFromExport("⟦1⟧Hotel⟦/1⟧.⟦2⟧ ⟦3⟧x⟦4⟧ y⟦5⟧", read)).toBe("⟦3⟧Hotel⟦/3⟧.⟦2⟧ ⟦1⟧x⟦/1⟧ y⟦/7⟧");
    expect(placeholdersFromExport("Typed ⟦9⟧ as text.", {})).toBe("Typed ⟦9⟧ as text.");
  });
});
