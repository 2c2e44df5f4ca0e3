// A fresh database for one test run, dropped afterwards: on DATABASE_URL's server when set, else in a throw-away embedded server.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded";
import { migrateDatabase } from "./migrate";

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

async function onServer(serverUrl: string, name: string, run: (client: pg.Client) => Promise<unknown>) {
  const url = new URL(serverUrl);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const name = `verso_${label}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const configured = process.env.DATABASE_URL;
  let serverUrl: string;
  let stopServer = async () => {};
  if (configured) {
    serverUrl = configured;
  } else {
    const root = mkdtempSync(join(tmpdir(), "verso-pg-"));
    chmodSync(root, 0o755);
    const server = await startEmbeddedPostgres(root);
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    };
  }
  const url = await onServer(serverUrl, name, (client) => client.query(`CREATE DATABASE ${name}`));
  await migrateDatabase(url);
  return {
    url,
    drop: async () => {
      await onServer(serverUrl, name, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await stopServer();
    },
  };
}
