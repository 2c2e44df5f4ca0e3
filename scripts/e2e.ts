// `npm run test:e2e`: the browser tests alone, against a fresh seeded database and the current build.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { createScratchDatabase } from "../lib/database/scratch";
import { disconnectDb } from "../lib/db";
import { seedIfEmpty } from "../prisma/seed";

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The fixtures write through lib/server, whose modules are marked "server-only" (React's server build resolves it to nothing). */
function withServerConditions(options = "") {
  return `${options} --conditions=react-server`.trim();
}

// A free port per run, so that several runs on one machine do not collide.
process.env.E2E_PORT ??= String(await freePort());
const database = await createScratchDatabase("e2e");
let status = 1;
try {
  process.env.DATABASE_URL = database.url;
  await seedIfEmpty({ demoAccounts: true, log: () => {} });
  await disconnectDb();
  status = spawnSync("node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, E2E_DATABASE_URL: database.url, NODE_OPTIONS: withServerConditions(process.env.NODE_OPTIONS) } }).status ?? 1;
} finally {
  await database.drop();
}
process.exit(status);
