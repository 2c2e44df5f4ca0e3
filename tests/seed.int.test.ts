import { afterAll, describe, expect, test } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "../lib/database/scratch";
import { disconnectDb, getDb } from "../lib/db";
import { DEMO_ACCOUNTS } from "../prisma/demo-accounts";
import { SEED_TITLE, seedIfEmpty } from "../prisma/seed";

// Seeding is about an empty database, so each test owns a whole scratch database of its own.
const databases: ScratchDatabase[] = [];
const serverUrl = process.env.DATABASE_URL!;

async function useNewDatabase() {
  await disconnectDb();
  process.env.DATABASE_URL = serverUrl;
  const database = await createScratchDatabase("seed");
  databases.push(database);
  process.env.DATABASE_URL = database.url;
}

const demoEmails = DEMO_ACCOUNTS.map((account) => account.email);
const quiet = () => {};

afterAll(async () => {
  await disconnectDb();
  for (const database of databases) await database.drop();
  process.env.DATABASE_URL = serverUrl;
});

describe("seeding a new database", () => {
  test("without being asked, it makes no demo account (and, with no admin, no seed article)", async () => {
    await useNewDatabase();
    await seedIfEmpty({ demoAccounts: false, log: quiet });
    expect(await getDb().user.findMany({ where: { email: { in: demoEmails } } })).toEqual([]);
    expect(await getDb().typology.count()).toBe(1);
  });

  test("asked for them, it makes the three demo accounts and the seed article", async () => {
    await useNewDatabase();
    await seedIfEmpty({ demoAccounts: true, log: quiet });
    const users = await getDb().user.findMany({ where: { email: { in: demoEmails } }, orderBy: { email: "asc" } });
    expect(users.map((user) => user.email)).toEqual([...demoEmails].sort());
    expect(await getDb().document.findMany({ select: { title: true } })).toEqual([{ title: SEED_TITLE }]);
  });

  test("a demo account an admin removed is never made again, even when asked on every start", async () => {
    await useNewDatabase();
    await seedIfEmpty({ demoAccounts: true, log: quiet });
    await getDb().user.delete({ where: { email: "reviewer@verso.local" } });
    await seedIfEmpty({ demoAccounts: true, log: quiet });
    expect(await getDb().user.findUnique({ where: { email: "reviewer@verso.local" } })).toBeNull();
    expect(await getDb().document.count()).toBe(1);
  });

  test("a database that already has people gets no demo accounts", async () => {
    await useNewDatabase();
    await getDb().user.create({ data: { name: "Pat Manager", email: "pat@test.local", roles: ["admin"], emailVerified: true } });
    await seedIfEmpty({ demoAccounts: true, log: quiet });
    expect(await getDb().user.findMany({ where: { email: { in: demoEmails } } })).toEqual([]);
    expect(await getDb().document.findMany({ select: { title: true } })).toEqual([{ title: SEED_TITLE }]);
  });
});
