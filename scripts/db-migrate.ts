// `npm run db:migrate`: applies prisma/migrations to the configured database (embedded when DATABASE_URL is unset); safe to repeat.
import { openDatabase } from "../lib/database/connect";
import { migrateDatabase } from "../lib/database/migrate";

const database = await openDatabase();
try {
  const applied = await migrateDatabase(database.url);
  console.log(applied.length ? `Applied ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await database.stop();
}
