import { expect, test } from "vitest";
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { setUserActive } from "../lib/server/users/set-user-active";
import { setUserRoles } from "../lib/server/users/set-user-roles";

async function twoAdmins(round: number): Promise<[Actor, Actor]> {
  const make = (who: string) =>
    getDb().user.create({ data: { email: `${who}-${round}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@race.local`, name: `Admin ${who}`, roles: ["admin"] }, select: { id: true, email: true, name: true, roles: true } });
  return [await make("a"), await make("b")];
}

const activeAdmins = async (ids: string[]) => getDb().user.count({ where: { id: { in: ids }, active: true, roles: { has: "admin" } } });

test("two admins deactivating each other at once: one wins, the other is refused, an admin remains; 20 rounds", async () => {
  for (let round = 0; round < 20; round++) {
    const [a, b] = await twoAdmins(round);
    const results = await Promise.allSettled([setUserActive({ actor: a, userId: b.id, active: false }), setUserActive({ actor: b, userId: a.id, active: false })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "forbidden", message: expect.stringMatching(/no longer an active admin/) } });
    expect(await activeAdmins([a.id, b.id])).toBe(1);
  }
});

test("two admins taking each other's admin role at once: one wins, the other is refused, an admin remains; 20 rounds", async () => {
  for (let round = 0; round < 20; round++) {
    const [a, b] = await twoAdmins(round);
    const results = await Promise.allSettled([setUserRoles({ actor: a, userId: b.id, roles: ["editor"] }), setUserRoles({ actor: b, userId: a.id, roles: ["editor"] })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdmins([a.id, b.id])).toBe(1);
  }
});
