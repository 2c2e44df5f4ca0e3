import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { test, expect } from "./fixtures";
import { BENCH_SECRET, freePort, waitForServer, APP_SERVER } from "../bench/lib/next-server";

// A page whose own query fails (here: its database is gone) is not a use case's error; Next reports it to the
// instrumentation hook, which must log it under the reference the error page shows.
test("an error outside every use case shows a reference that finds exactly one log line", async ({ browser }) => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [APP_SERVER, "-p", String(port)], {
    env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: "postgresql://postgres@127.0.0.1:1/verso_gone", BETTER_AUTH_SECRET: BENCH_SECRET, BETTER_AUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForServer(`${base}/sign-in`);
    const context = await browser.newContext({ baseURL: base });
    // A well-signed session cookie, so the page goes on to read the session from the database.
    const signature = createHmac("sha256", BENCH_SECRET).update("some-token").digest("base64");
    await context.addCookies([{ name: "better-auth.session_token", value: encodeURIComponent(`some-token.${signature}`), url: base }]);
    const page = await context.newPage();
    const response = await page.goto("/");
    expect(response?.status()).toBe(500);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Something went wrong");
    const reference = (await alert.locator("code").textContent()) ?? "";
    expect(reference).toMatch(/^\w+$/);
    await expect.poll(() => logLines(output).filter((line) => line.requestId === reference).length).toBe(1);
    expect(logLines(output).find((line) => line.requestId === reference)).toMatchObject({ msg: "unexpected error", path: "/", method: "GET", err: { message: expect.any(String) } });
    await context.close();
  } finally {
    server.kill();
  }
});

function logLines(output: string): Record<string, unknown>[] {
  return output.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
}
