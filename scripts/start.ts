// `npm start`: database (embedded unless DATABASE_URL is set), migrations, seed, build when needed, then Next; a stop stops them all.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../lib/database/connect";
import { localAuthSecret } from "../lib/database/local-secret";
import { trustedProxies } from "../lib/security/client-address";
import { disconnectDb } from "../lib/db";
import { prepareDatabase } from "../prisma/prepare-database";
import { appServerCount, startAppServers, type AppServers } from "./app-servers";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const SOURCES = ["app", "components", "lib", "next.config.ts", "package.json"];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).filter((name) => name !== "generated").map((name) => newestChange(join(path, name))));
}

function buildIsCurrent() {
  const buildId = join(".next", "BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs >= Math.max(...SOURCES.map(newestChange));
}

try {
  trustedProxies();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.BETTER_AUTH_SECRET ??= localAuthSecret();
process.env.BETTER_AUTH_URL ??= `http://localhost:${port}`;
const database = await openDatabase((line) => process.env.VERSO_DEBUG && process.stderr.write(line));
process.env.DATABASE_URL = database.url;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await disconnectDb().catch(() => {});
  await database.stop().catch((error) => console.error(`Could not stop PostgreSQL cleanly: ${error}`));
  process.exit(code);
}

try {
  await prepareDatabase(database);
  await disconnectDb();
  if (!dev && !buildIsCurrent()) {
    console.log("Building Verso (first start or changed sources)…");
    const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) throw new Error("next build failed; see above.");
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

const servers = dev ? 1 : appServerCount();
console.log(`Verso on http://localhost:${port} (${database.embedded ? "embedded PostgreSQL, see .data/" : "DATABASE_URL"}; ${servers} app server${servers === 1 ? "" : "s"})`);
const app = dev ? devServer(port) : startAppServers(port, servers);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => app.stop());
}
app.onExit((code) => shutdown(code));

function devServer(devPort: string): AppServers {
  const next = spawn("node_modules/.bin/next", ["dev", "-p", devPort], { stdio: "inherit", env: process.env });
  return { stop: () => next.kill("SIGTERM"), onExit: (listener) => next.on("exit", (code) => listener(code ?? 0)) };
}
