import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** A secret made once per install and kept in .data/NAME, readable by its owner only. */
export function localSecret(name: string, root = process.cwd()): string {
  const dir = resolve(root, ".data");
  const file = join(dir, name);
  if (existsSync(file)) {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return readFileSync(file, "utf8").trim();
  }
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/** For a local run without BETTER_AUTH_SECRET. */
export function localAuthSecret(root = process.cwd()): string {
  return localSecret("auth-secret", root);
}
