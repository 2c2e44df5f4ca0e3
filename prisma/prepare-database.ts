// What `npm start` and the command line both do to a database before using it: migrate, then seed what is missing.
import { migrateDatabase } from "../lib/database/migrate";
import { seedIfEmpty } from "./seed";

/** `created`: the embedded database was initialised just now, so it gets the demo accounts (as VERSO_DEMO=1 asks too). */
export async function prepareDatabase(database: { url: string; created: boolean }, log: (line: string) => void = console.log) {
  const applied = await migrateDatabase(database.url);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  await seedIfEmpty({ demoAccounts: database.created || process.env.VERSO_DEMO === "1", log });
}
