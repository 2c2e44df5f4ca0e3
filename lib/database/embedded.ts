// An embedded PostgreSQL under .data/ for machines without a server; survives a run that was killed hard.
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { embeddedLocation } from "./embedded-location";
import { loadEmbeddedPostgres } from "./load-embedded-postgres";
import { localSecret } from "./local-secret";

/** `created`: this start initialised the cluster, so the database is brand new. */
export type RunningDatabase = { url: string; stop: () => Promise<void>; created: boolean };

// Every install before the password was generated used this one; the first start after an upgrade replaces it.
const LEGACY_PASSWORD = "verso-local";
const DATABASE = "verso";

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync("/proc") || !existsSync(cmdline) || readFileSync(cmdline, "utf8").length > 0;
}

function isPostgres(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync("/proc")) return isAlive(pid);
  return existsSync(cmdline) && readFileSync(cmdline, "utf8").includes("postgres");
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForExit(pid: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isPostgres(pid)) await new Promise((r) => setTimeout(r, 100));
  return !isPostgres(pid);
}

type Owner = { pid: number; port: number };

/** A server another live Verso process started is shared; one left by a killed process is shut down first. */
async function attachOrClear(dataDir: string, ownerFile: string): Promise<Owner | null> {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const postgresPid = Number(pidLine);
  if (isPostgres(postgresPid)) {
    const owner: Owner | null = existsSync(ownerFile) ? JSON.parse(readFileSync(ownerFile, "utf8")) : null;
    if (owner && owner.pid !== process.pid && isAlive(owner.pid)) return { pid: owner.pid, port: Number(portLine) };
    process.kill(postgresPid, "SIGINT");
    if (!(await waitForExit(postgresPid, 15_000))) {
      process.kill(postgresPid, "SIGKILL");
      await waitForExit(postgresPid, 5_000);
    }
  }
  rmSync(pidFile, { force: true });
  return null;
}

export async function startEmbeddedPostgres(root = process.cwd(), log: (line: string) => void = () => {}): Promise<RunningDatabase> {
  const baseDir = resolve(root, ".data");
  mkdirSync(baseDir, { recursive: true });
  const location = embeddedLocation(root);
  const dataDir = location.dataDir;
  const ownerFile = join(baseDir, "owner.json");
  const password = localSecret("pg-password", root);
  const shared = await attachOrClear(dataDir, ownerFile);
  if (shared) return { url: urlFor(shared.port, password), stop: async () => {}, created: false };

  const port = await freePort();
  const Postgres = await loadEmbeddedPostgres(location.moduleUrl);
  const server = new Postgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  const created = !existsSync(join(dataDir, "PG_VERSION"));
  if (created) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start${error ? `: ${String(error)}` : ""}. Its log lines above say why.`);
  }
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port } satisfies Owner));
  const client = await connectReplacingLegacyPassword(port, password);
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  await client.end();

  return {
    url: urlFor(port, password),
    created,
    stop: async () => {
      await server.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}

function urlFor(port: number, password: string) {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
}

/** Connects as postgres; a cluster still on the old shared password gets this install's own one. */
async function connectReplacingLegacyPassword(port: number, password: string): Promise<pg.Client> {
  const connect = async (secret: string) => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: secret, database: "postgres" });
    await client.connect();
    return client;
  };
  try {
    return await connect(password);
  } catch (error) {
    if ((error as { code?: string }).code !== "28P01") throw error;
  }
  const client = await connect(LEGACY_PASSWORD);
  await client.query(`ALTER ROLE postgres PASSWORD ${client.escapeLiteral(password)}`);
  return client;
}
