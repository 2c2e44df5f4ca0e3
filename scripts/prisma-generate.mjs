// Prisma's CLI wants to download a native schema engine even for `generate`, which it does not use; any existing file stops the download.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url) };
const result = spawnSync("node_modules/.bin/prisma", ["generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
