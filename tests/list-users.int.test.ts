import { describe, expect, it } from "vitest";
import { getDb } from "../lib/db";
import { listUsers } from "../lib/server/users/list-users";
import { createTestActor, uniqueTitle } from "./factories";

describe("the People list", () => {
  it("pages newest first and finds people by name or email, case-insensitively", async () => {
    const admin = await createTestActor("admin");
    const tag = uniqueTitle("Findme").replace(/\W+/g, "").toLowerCase();
    const people = [];
    for (const n of [1, 2, 3]) {
      const person = await createTestActor("editor");
      await getDb().user.update({ where: { id: person.id }, data: { name: `${tag} person ${n}`, createdAt: new Date(Date.UTC(2020, 0, n)) } });
      people.push(person);
    }
    const first = await listUsers({ actor: admin, query: tag.toUpperCase(), page: 1, pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.pageCount).toBe(2);
    expect(first.users.map((user) => user.name)).toEqual([`${tag} person 3`, `${tag} person 2`]);
    const second = await listUsers({ actor: admin, query: tag, page: 2, pageSize: 2 });
    expect(second.users.map((user) => user.id)).toEqual([people[0].id]);
    const byEmail = await listUsers({ actor: admin, query: people[1].email });
    expect(byEmail.users.map((user) => user.id)).toEqual([people[1].id]);
  });

  it("finds an underscore as an underscore, not as any character", async () => {
    const admin = await createTestActor("admin");
    const tag = uniqueTitle("Under").replace(/\W+/g, "").toLowerCase();
    const [underscored, other] = [await createTestActor("editor"), await createTestActor("editor")];
    await getDb().user.update({ where: { id: underscored.id }, data: { name: `${tag}_a` } });
    await getDb().user.update({ where: { id: other.id }, data: { name: `${tag}xa` } });
    expect((await listUsers({ actor: admin, query: `${tag}_a` })).users.map((user) => user.id)).toEqual([underscored.id]);
  });

  it("refuses a page size over the maximum as bad input", async () => {
    const admin = await createTestActor("admin");
    await expect(listUsers({ actor: admin, pageSize: 501 })).rejects.toMatchObject({ code: "bad_input" });
  });
});
