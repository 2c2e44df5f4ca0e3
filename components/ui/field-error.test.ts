import { describe, expect, it } from "vitest";
import { fieldMessages, formLevelMessage } from "./field-error";

describe("fieldMessages", () => {
  it("gathers a list field's item errors, keyed by the item's path, under the field", () => {
    const errors = { "forbidden.3": ["Keep each forbidden target under 300 characters."], note: ["Too long."] };
    expect(fieldMessages(errors, "forbidden")).toEqual(["Keep each forbidden target under 300 characters."]);
    expect(fieldMessages(errors, "note")).toEqual(["Too long."]);
  });

  it("does not take a field whose name only starts the same", () => {
    expect(fieldMessages({ forbiddenNote: ["x"], "input.title": ["y"] }, "forbidden")).toEqual([]);
    expect(fieldMessages({ "input.title": ["y"] }, "input")).toEqual(["y"]);
  });

  it("leaves the form-level message out when an item's field shows it", () => {
    const message = "List at most 50 forbidden targets.";
    expect(formLevelMessage(message, { "forbidden.0": [message] }, ["forbidden"])).toBeNull();
    expect(formLevelMessage(message, { "forbidden.0": [message] }, ["note"])).toBe(message);
  });
});
