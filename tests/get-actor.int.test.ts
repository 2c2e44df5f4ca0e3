import { describe, expect, test } from "vitest";
import { getDb } from "../lib/db";
import { getActor } from "../lib/server/auth/get-actor";
import { setUserActive } from "../lib/server/users/set-user-active";
import { createTestActor } from "./factories";
import { sessionHeaders } from "./sign-in";

const cookieOf = (headers: Headers) => headers.get("cookie")!;

describe("the actor behind a request", () => {
  test("is the signed-in person, with roles read fresh", async () => {
    const editor = await createTestActor("editor");
    const headers = await sessionHeaders(editor);
    expect(await getActor(headers)).toEqual({ id: editor.id, email: editor.email, name: editor.name, roles: ["editor"] });
    await getDb().user.update({ where: { id: editor.id }, data: { roles: ["editor", "reviewer"] } });
    expect((await getActor(headers))?.roles).toEqual(["editor", "reviewer"]);
  });

  test("is nobody for a missing, unsigned, tampered, expired or deactivated session", async () => {
    const editor = await createTestActor("editor");
    const headers = await sessionHeaders(editor);
    const [name, value] = cookieOf(headers).split("=");
    const [token, signature] = decodeURIComponent(value).split(".");
    const withCookie = (cookie: string) => getActor(new Headers({ cookie }));
    expect(await withCookie("")).toBeNull();
    expect(await withCookie(`${name}=${token}`)).toBeNull();
    expect(await withCookie(`${name}=${encodeURIComponent(`${token}x.${signature}`)}`)).toBeNull();
    expect(await withCookie(`${name}=${encodeURIComponent(`${token}.${signature.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`)}`)).toBeNull();
    expect(await withCookie(`${name}=%E0%A4%A`)).toBeNull();

    await getDb().session.updateMany({ where: { token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getActor(headers)).toBeNull();

    const admin = await createTestActor("admin");
    const reviewer = await createTestActor("reviewer");
    const reviewerHeaders = await sessionHeaders(reviewer);
    expect(await getActor(reviewerHeaders)).not.toBeNull();
    await setUserActive({ actor: admin, userId: reviewer.id, active: false });
    expect(await getActor(reviewerHeaders)).toBeNull();
  });

  test("a session used on its last days is extended, as better-auth would", async () => {
    const editor = await createTestActor("editor");
    const headers = await sessionHeaders(editor);
    const token = decodeURIComponent(cookieOf(headers).split("=")[1]).split(".")[0];
    const soon = new Date(Date.now() + 2 * 24 * 3_600_000);
    await getDb().session.updateMany({ where: { token }, data: { expiresAt: soon } });
    expect(await getActor(headers)).not.toBeNull();
    const session = await getDb().session.findFirstOrThrow({ where: { token } });
    expect(session.expiresAt.getTime()).toBeGreaterThan(soon.getTime() + 24 * 3_600_000);
  });
});
