import { expect, test } from "vitest";
import { mayTake } from "./role-needs";

test("only editors may take sentences to edit, only reviewers sentences to review", () => {
  const people = [{ id: "a", roles: ["editor"] }, { id: "b", roles: ["reviewer"] }, { id: "c", roles: ["editor", "reviewer"] }, { id: "d", roles: ["admin"] }];
  expect(mayTake(people, "edit").map((p) => p.id)).toEqual(["a", "c"]);
  expect(mayTake(people, "review").map((p) => p.id)).toEqual(["b", "c"]);
});
