import { beforeAll, describe, expect, test } from "vitest";
import { getAuth } from "../lib/auth";
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { setUserActive } from "../lib/server/users/set-user-active";
import { createTestActor, TEST_PASSWORD } from "./factories";

const ORIGIN = "http://localhost:3000";
let address = 0;

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return getAuth().handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": `127.4.0.${++address}`, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

async function sessionCookie(email: string) {
  const response = await post("/sign-in/email", { email, password: TEST_PASSWORD });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
}

describe("better-auth endpoints Verso does not use", () => {
  let editor: Actor;
  beforeAll(async () => {
    editor = await createTestActor("editor");
  });

  test("a signed-in editor cannot rename themselves through /update-user", async () => {
    const cookie = await sessionCookie(editor.email);
    const response = await post("/update-user", { name: "Rita Reviewer" }, { cookie });
    expect(response.status).toBe(404);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: editor.id } })).name).toBe(editor.name);
  });

  test.each(["/change-email", "/change-password", "/delete-user", "/list-sessions", "/revoke-sessions", "/request-password-reset", "/sign-up/email"])(
    "%s is refused",
    async (path) => {
      const cookie = await sessionCookie(editor.email);
      const response = await post(path, { newEmail: "x@test.local", currentPassword: TEST_PASSWORD, newPassword: "another password", email: "x@test.local", password: "another password", name: "x" }, { cookie });
      expect(response.status).toBe(404);
      expect(await getDb().user.findUnique({ where: { id: editor.id } })).toMatchObject({ email: editor.email });
    },
  );
});

describe("a deactivated account", () => {
  test("gets the same answer as a wrong password, so the password is not confirmed", async () => {
    const admin = await createTestActor("admin");
    const reviewer = await createTestActor("reviewer");
    await setUserActive({ actor: admin, userId: reviewer.id, active: false });
    const answer = async (password: string) => {
      const response = await getAuth().api.signInEmail({ body: { email: reviewer.email, password }, asResponse: true });
      return { status: response.status, body: await response.json() };
    };
    const deactivated = await answer(TEST_PASSWORD);
    expect(deactivated).toEqual(await answer("wrong password"));
    expect(deactivated.status).toBe(401);
  });
});
