import { describe, expect, test } from "vitest";
import { z } from "zod";
import { fromZodError } from "./errors";

const schema = z.object({ input: z.object({ title: z.string().min(1, "Give the document a title.") }), roles: z.array(z.string()).min(1, "Keep at least one role.") });

describe("fromZodError", () => {
  test("the form's message is the plain sentence; the path only keys the field's message", () => {
    const error = fromZodError(schema.safeParse({ input: { title: "" }, roles: [] }).error!);
    expect(error.code).toBe("bad_input");
    expect(error.message).toBe("Give the document a title.");
    expect(error.fieldErrors).toEqual({ "input.title": ["Give the document a title."], roles: ["Keep at least one role."] });
    expect(error.field).toBe("input.title");
  });

  test("an issue without a path and no issues at all still read as sentences", () => {
    const pathless = fromZodError(z.string().min(2, "Too short.").safeParse("a").error!);
    expect(pathless).toMatchObject({ message: "Too short.", field: undefined });
    expect(fromZodError(new z.ZodError([])).message).toBe("The form is not valid.");
  });
});
