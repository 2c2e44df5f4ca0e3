// `npm test`: type check, unit tests, integration tests on a fresh database, then the built app in Chromium on another fresh, seeded database.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name: string) => `node_modules/.bin/${name}`;
process.env.NEXT_TELEMETRY_DISABLED = "1";

run("type check", bin("tsc"), ["--noEmit", "-p", "."]);
run("unit tests", bin("vitest"), ["run", "--project", "unit"]);
run("integration tests", bin("vitest"), ["run", "--project", "integration"]);

if (!process.env.CHROMIUM_PATH && !existsSync("/usr/bin/chromium")) {
  run("Playwright's Chromium (no system Chromium found)", bin("playwright"), ["install", "chromium"]);
}
run("production build", bin("next"), ["build"]);

run("end-to-end tests (Chromium)", bin("tsx"), ["--conditions=react-server", "scripts/e2e.ts"]);
