import { openDatabase } from "../lib/database/connect";
import { disconnectDb } from "../lib/db";
import { prepareDatabase } from "../prisma/prepare-database";

/**
 * Runs a command against the configured database (embedded when DATABASE_URL is unset), prepared exactly as
 * `npm start` prepares it, so the command line works on a fresh clone before Verso was ever started.
 */
export async function withDatabase<T>(run: () => Promise<T>): Promise<T> {
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    await prepareDatabase(database, (line) => process.stderr.write(`${line}\n`));
    return await run();
  } finally {
    await disconnectDb();
    await database.stop();
  }
}
