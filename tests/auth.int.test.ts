import { beforeAll, describe, expect, test } from "vitest";
import { getAuth } from "../lib/auth";
import { getDb } from "../lib/db";
import { getActor } from "../lib/server/auth/get-actor";
import type { Actor } from "../lib/server/auth/permissions";
import { setUserActive } from "../lib/server/users/set-user-active";
import { createTestActor, TEST_PASSWORD } from "./factories";

const ORIGIN = "http://localhost:3000";
let address = 0;

/** Each test signs in from its own client address, as the rate limiter keys attempts by address. */
function signIn(email: string, password: string, ip = `127.2.0.${++address}`) {
  return getAuth().handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

function cookieHeaders(response: Response) {
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  return new Headers({ cookie });
}

describe("sign-in", () => {
  let editor: Actor;
  let admin: Actor;
  beforeAll(async () => {
    editor = await createTestActor("editor");
    admin = await createTestActor("admin");
  });

  test("a right password gives an HttpOnly, SameSite session cookie stored in PostgreSQL", async () => {
    const response = await signIn(editor.email, TEST_PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((line) => line.includes("session_token"));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await getDb().session.count({ where: { userId: editor.id } })).toBeGreaterThan(0);
    expect(await getActor(cookieHeaders(response))).toMatchObject({ id: editor.id, roles: ["editor"] });
  });

  test("a wrong password is refused, and the sixth attempt in a minute is rate-limited", async () => {
    const ip = "127.3.0.1";
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) statuses.push((await signIn(editor.email, "wrong password", ip)).status);
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses[5]).toBe(429);
    expect((await signIn(editor.email, TEST_PASSWORD, ip)).status).toBe(429);
  });

  test("deactivating a user ends their sessions at once and blocks new ones", async () => {
    const reviewer = await createTestActor("reviewer");
    const response = await signIn(reviewer.email, TEST_PASSWORD);
    const headers = cookieHeaders(response);
    expect(await getActor(headers)).not.toBeNull();
    await setUserActive({ actor: admin, userId: reviewer.id, active: false });
    expect(await getActor(headers)).toBeNull();
    expect((await signIn(reviewer.email, TEST_PASSWORD)).status).not.toBe(200);
    await expect(setUserActive({ actor: editor, userId: reviewer.id, active: true })).rejects.toMatchObject({ code: "forbidden" });
  });
});
