import { afterAll, inject } from "vitest";
import { disconnectDb } from "../lib/db";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.BETTER_AUTH_SECRET ??= "verso-integration-tests-secret-0123456789";

afterAll(async () => {
  await disconnectDb();
});
