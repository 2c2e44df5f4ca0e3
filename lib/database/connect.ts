// Where Verso's database is: DATABASE_URL when set, otherwise the embedded server under .data/.
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded";
import { ensureDatabase } from "./migrate";

export async function openDatabase(log?: (line: string) => void): Promise<RunningDatabase & { embedded: boolean }> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await ensureDatabase(configured);
    return { url: configured, stop: async () => {}, embedded: false, created: false };
  }
  return { ...(await startEmbeddedPostgres(process.cwd(), log)), embedded: true };
}
