import { describe, expect, it } from "vitest";
import { createTermSchema, termSchema } from "./glossary";

describe("term fields", () => {
  it("refuse a forbidden target that is the preferred one, which the check would report on every right use", () => {
    const parsed = termSchema.safeParse({ source: "переговоры", preferred: "talks", forbidden: "negotiations | Talks" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["forbidden"], message: 'The preferred target "talks" cannot also be forbidden.' });
    expect(createTermSchema.safeParse({ glossaryId: "1", source: "переговоры", preferred: "talks", forbidden: ["talks"] }).success).toBe(false);
    expect(termSchema.parse({ source: "переговоры", preferred: "talks", forbidden: "negotiations" }).forbidden).toEqual(["negotiations"]);
  });
});
