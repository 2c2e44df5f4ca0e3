// What the benches that run Verso's production build share: a free port, the app server, and waiting for it to answer.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export async function waitForServer(url: string) {
  for (let i = 0; i < 240; i++) {
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`The server did not answer at ${url}`);
}

/** The app server `npm start` runs on each core (scripts/app-servers.ts), so benches and tests measure what users get. */
export const APP_SERVER = "scripts/app-server.mjs";

export const BENCH_SECRET = "verso-bench-secret-0123456789-abcdef";

/** The app server on the production build, against the given database; stopped by killing the returned process. */
export async function startNext(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ChildProcess> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const server = spawn(process.execPath, [...nodeArgs, APP_SERVER, "-p", String(port)], {
    env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: BENCH_SECRET, BETTER_AUTH_URL: `http://127.0.0.1:${port}`, VERSO_SIGN_IN_LIMIT: "100000", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn", ...extraEnv },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForServer(`http://127.0.0.1:${port}/sign-in`);
  return server;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
