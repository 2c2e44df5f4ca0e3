import { describe, expect, it } from "vitest";
import { parseMentions, type Mentionable } from "./parse-mentions";

const people: Mentionable[] = [
  { id: "ann", name: "Ann", email: "ann@example.org" },
  { id: "annlee", name: "Ann Lee", email: "lee@example.org" },
  { id: "eddie", name: "Eddie  Editor", email: "eddie@verso.local" },
  { id: "zoe", name: "Zoë Ødegård", email: "zoe@example.org" },
  { id: "t1", name: "Test reviewer", email: "t1@test.local" },
  { id: "t2", name: "Test reviewer", email: "t2@test.local" },
];
const ids = (body: string) => parseMentions(body, people).userIds.sort();

describe("parseMentions", () => {
  it("finds names with spaces, longest first, case-insensitively", () => {
    expect(ids("@ann lee, could you look?")).toEqual(["annlee"]);
    expect(ids("@Ann: and @ANN LEE.")).toEqual(["ann", "annlee"]);
    expect(ids("Ask @eddie editor about it")).toEqual(["eddie"]);
  });

  it("finds emails, which end before punctuation but not inside a longer address", () => {
    expect(ids("cc @ann@example.org.")).toEqual(["ann"]);
    expect(ids("(@lee@example.org)")).toEqual(["annlee"]);
    expect(ids("@ann@example.org.uk")).toEqual(["ann"]);
    expect(ids("@ann@example.orgx")).toEqual(["ann"]);
  });

  it("needs the whole name and an @ that starts a word", () => {
    expect(ids("@Annabel and @Anne")).toEqual([]);
    expect(ids("mail ann@example.org or x@Ann")).toEqual([]);
    expect(ids("no mention here")).toEqual([]);
    expect(ids("@")).toEqual([]);
  });

  it("reads names beyond ASCII, in either Unicode normal form, and each person once", () => {
    expect(ids("@zoë ødegård and @Zoe\u0308 Ødegård again")).toEqual(["zoe"]);
    expect(ids("@Ann @Ann @ann@example.org")).toEqual(["ann"]);
  });

  it("mentions nobody for a name two people share, and says so", () => {
    expect(parseMentions("@Test reviewer please", people)).toEqual({ userIds: [], ambiguous: ["@test reviewer"], unknown: [] });
    expect(ids("@t2@test.local please")).toEqual(["t2"]);
  });

  it("names an email that matches nobody who can be mentioned (a deactivated person, a typo), not any other @", () => {
    expect(parseMentions("cc @gone@example.org and @Ann.", people)).toEqual({ userIds: ["ann"], ambiguous: [], unknown: ["@gone@example.org"] });
    expect(parseMentions("Meet @ 5pm, @everyone, or write to x@example.org", people).unknown).toEqual([]);
  });
});
