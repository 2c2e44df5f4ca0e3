import { inject, expect, test } from "vitest";
import { diffDatabaseToSchema, migrateDatabase } from "../lib/database/migrate";

test("the migrated database matches schema.prisma (no drift)", async () => {
  expect(await diffDatabaseToSchema(inject("databaseUrl"))).toBe("");
});

test("applying the migrations again changes nothing", async () => {
  expect(await migrateDatabase(inject("databaseUrl"))).toEqual([]);
});
