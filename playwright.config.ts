import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** scripts/test.ts prepares E2E_DATABASE_URL (a fresh, seeded database) and the production build before this runs. */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node_modules/.bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      BETTER_AUTH_SECRET: "verso-end-to-end-tests-secret-0123456789",
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      VERSO_SIGN_IN_LIMIT: "10000",
      VERSO_SIGN_IN_ACCOUNT_LIMIT: "10000",
      NEXT_TELEMETRY_DISABLED: "1",
      // The test runner's --conditions=react-server is for the fixtures only; Next chooses its own conditions.
      NODE_OPTIONS: "",
    },
  },
});
