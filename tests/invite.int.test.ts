import { beforeAll, describe, expect, test } from "vitest";
import { getAuth } from "../lib/auth";
import type { Actor } from "../lib/server/auth/permissions";
import { createInviteLink } from "../lib/server/users/create-invite-link";
import { createUser } from "../lib/server/users/create-user";
import { inviteLinkIsOpen } from "../lib/server/users/mint-invite-link";
import { setUserActive } from "../lib/server/users/set-user-active";
import { setUserName } from "../lib/server/users/set-user-name";
import { getDb } from "../lib/db";
import { createTestActor } from "./factories";

const ORIGIN = "http://localhost:3000";

function post(path: string, body: unknown, ip = "127.4.0.1") {
  return getAuth().handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify(body),
    }),
  );
}

const tokenOf = (link: string) => new URL(link, ORIGIN).searchParams.get("token")!;

describe("inviting people", () => {
  let admin: Actor;
  beforeAll(async () => {
    admin = await createTestActor("admin");
  });

  test("a person added without a password gets a one-time link to choose one, then signs in", async () => {
    const email = `invited-${Date.now()}@test.local`;
    const created = await createUser({ actor: admin, name: "Invited Editor", email, password: "", roles: ["editor"] });
    expect(created.inviteLink).toMatch(/^\/reset-password\?token=/);
    expect((await post("/sign-in/email", { email, password: "chosen password 1" }, "127.4.0.2")).status).toBe(401);

    const token = tokenOf(created.inviteLink!);
    expect((await post("/reset-password", { newPassword: "chosen password 1", token })).status).toBe(200);
    expect((await post("/sign-in/email", { email, password: "chosen password 1" }, "127.4.0.3")).status).toBe(200);
    expect((await post("/reset-password", { newPassword: "someone else's 2", token })).status).toBe(400);
  });

  test("the link's page knows before anyone types whether the link still works", async () => {
    const created = await createUser({ actor: admin, name: "Invited Twice", email: `twice-${Date.now()}@test.local`, password: "", roles: ["editor"] });
    const first = tokenOf(created.inviteLink!);
    expect(await inviteLinkIsOpen(first)).toBe(true);
    const second = tokenOf(await createInviteLink({ actor: admin, userId: created.id }));
    expect(await inviteLinkIsOpen(first)).toBe(false);
    expect((await post("/reset-password", { newPassword: "chosen password 3", token: second })).status).toBe(200);
    expect(await inviteLinkIsOpen(second)).toBe(false);
    expect(await inviteLinkIsOpen("no-such-token")).toBe(false);
  });

  test("a mangled link (a NUL, the token twice) is a link that does not work, not a 500", async () => {
    expect(await inviteLinkIsOpen("\u0000")).toBe(false);
    expect(await inviteLinkIsOpen(["a", "b"])).toBe(false);
    const response = await post("/reset-password", { newPassword: "chosen password 4", token: "abc\u0000" });
    expect(response.status).toBe(400);
  });

  test("a NUL in the email or password of a sign-in is a 400, as for a wrong password, not a 500", async () => {
    expect((await post("/sign-in/email", { email: "a\u0000@test.local", password: "chosen password 5" }, "127.4.0.9")).status).toBe(400);
    expect((await post("/sign-in/email", { email: "nobody@test.local", password: "chosen \ud800 password" }, "127.4.0.9")).status).toBe(400);
  });

  test("only an admin can make a link, and nobody can ask for one over HTTP", async () => {
    const editor = await createTestActor("editor");
    await expect(createInviteLink({ actor: editor, userId: admin.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createInviteLink({ actor: null, userId: admin.id })).rejects.toMatchObject({ code: "unauthenticated" });
    const link = await createInviteLink({ actor: admin, userId: editor.id });
    expect(tokenOf(link)).toHaveLength(24);
    expect((await post("/request-password-reset", { email: editor.email })).status).toBe(404);
  });
});

describe("sign-in links", () => {
  test("a new link revokes the previous one, and deactivating revokes the outstanding link", async () => {
    const admin = await createTestActor("admin");
    const email = `relinked-${Date.now()}@test.local`;
    const created = await createUser({ actor: admin, name: "Relinked Reviewer", email, password: "", roles: ["reviewer"] });
    const second = await createInviteLink({ actor: admin, userId: created.id });
    expect((await post("/reset-password", { newPassword: "first link's password", token: tokenOf(created.inviteLink!) })).status).toBe(400);

    await setUserActive({ actor: admin, userId: created.id, active: false });
    await setUserActive({ actor: admin, userId: created.id, active: true });
    expect((await post("/reset-password", { newPassword: "second link's password", token: tokenOf(second) })).status).toBe(400);
    const third = await createInviteLink({ actor: admin, userId: created.id });
    expect((await post("/reset-password", { newPassword: "third link's password", token: tokenOf(third) })).status).toBe(200);
  });

  test("a person is renamed only by an admin, within 120 characters, and the audit log keeps both names", async () => {
    const admin = await createTestActor("admin");
    const editor = await createTestActor("editor");
    await expect(setUserName({ actor: editor, userId: editor.id, name: "Rita Reviewer" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setUserName({ actor: admin, userId: editor.id, name: "x".repeat(121) })).rejects.toMatchObject({ code: "bad_input" });
    await setUserName({ actor: admin, userId: editor.id, name: "  Eddie Editor  " });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: editor.id } })).name).toBe("Eddie Editor");
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "user.rename", entityId: editor.id } });
    expect(event).toMatchObject({ actorId: admin.id, before: { name: editor.name }, after: { name: "Eddie Editor" } });
  });
});
