import { openDatabase } from "../lib/database/connect";
import { migrateDatabase } from "../lib/database/migrate";
import { disconnectDb } from "../lib/db";

/** Runs a command against the configured database (embedded when DATABASE_URL is unset), migrated first. */
export async function withDatabase<T>(run: () => Promise<T>): Promise<T> {
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    await migrateDatabase(database.url);
    return await run();
  } finally {
    await disconnectDb();
    await database.stop();
  }
}
