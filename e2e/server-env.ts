// The environment of every app server the browser tests start: the one Playwright starts and a spec's second one.
export function appServerEnv(port: number, databaseUrl = process.env.E2E_DATABASE_URL ?? "") {
  return {
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: "verso-end-to-end-tests-secret-0123456789",
    BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
    VERSO_SIGN_IN_LIMIT: "10000",
    VERSO_SIGN_IN_ACCOUNT_LIMIT: "10000",
    NEXT_TELEMETRY_DISABLED: "1",
    // The test runner's --conditions=react-server is for the fixtures only; Next chooses its own conditions.
    NODE_OPTIONS: "",
  };
}
