import { describe, expect, it } from "vitest";
import { countSchema, idSchema } from "./common";

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("idSchema", () => {
  it("takes a number or its digits", () => {
    expect(idSchema().parse(7)).toBe(7);
    expect(idSchema().parse(" 12 ")).toBe(12);
  });

  it("says what is wrong with an id that is no id, in the words of the field", () => {
    expect(messageOf(idSchema("document").safeParse("abc"))).toBe("That document is not a number.");
    expect(messageOf(idSchema("document").safeParse("-3"))).toBe("That document is not a number.");
    expect(messageOf(idSchema("document").safeParse(""))).toBe("That document is not a number.");
    expect(messageOf(idSchema("document").safeParse("0"))).toBe("That document is not valid.");
    expect(messageOf(idSchema("document").safeParse("99999999999"))).toBe("There is no such document.");
    expect(messageOf(idSchema("document").safeParse(null))).toBe("That document is not a number.");
  });
});

describe("countSchema", () => {
  it("says what is wrong with a count that is no count", () => {
    expect(countSchema("version").parse("0")).toBe(0);
    expect(messageOf(countSchema("version").safeParse("x"))).toBe("That version is not a number.");
    expect(messageOf(countSchema("version").safeParse("99999999999"))).toBe("That version is too large.");
    expect(messageOf(countSchema("version").safeParse("9".repeat(400)))).toBe("That version is not a number.");
  });
});
