// Applies prisma/migrations through Prisma's WASM schema engine, recording them in _prisma_migrations as `prisma migrate deploy` does.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import { backfillSegmentFigures } from "./backfill-figures";
import { withSchemaEngine } from "./schema-engine";

const noFilters = { externalTables: [], externalEnums: [] };

function prismaDir(root: string) {
  return resolve(root, "prisma");
}

export function readSchema(root = process.cwd()) {
  return readFileSync(join(prismaDir(root), "schema.prisma"), "utf8");
}

function migrationsList(root: string) {
  const baseDir = join(prismaDir(root), "migrations");
  const lockPath = join(baseDir, "migration_lock.toml");
  const directories = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    : [];
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = join(baseDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file) ? { tag: "ok" as const, value: readFileSync(file, "utf8") } : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** Creates the database named in the URL when the server does not have it yet. */
export async function ensureDatabase(databaseUrl: string) {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function migrateDatabase(databaseUrl: string, root = process.cwd()): Promise<string[]> {
  const schema = readSchema(root);
  const output = await withSchemaEngine(databaseUrl, schema, (engine) =>
    engine.applyMigrations({ migrationsList: migrationsList(root), filters: noFilters }),
  );
  // Some columns hold what SQL cannot compute (TER needs its shift search), so they are filled here, after the SQL.
  await backfillSegmentFigures(databaseUrl);
  return output.appliedMigrationNames;
}

/** The SQL that would bring the database to schema.prisma; empty when they agree. */
export async function diffDatabaseToSchema(databaseUrl: string, root = process.cwd()): Promise<string> {
  const schema = readSchema(root);
  const files = [{ path: "schema.prisma", content: schema }];
  const result = await withSchemaEngine(databaseUrl, schema, (engine) =>
    engine.diff({ from: { tag: "schemaDatasource", files, configDir: root }, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters: noFilters }),
  );
  return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
}

/** The SQL for a new migration: from what the migration folders build to schema.prisma. */
export async function diffMigrationsToSchema(databaseUrl: string, root = process.cwd()): Promise<string> {
  const schema = readSchema(root);
  const files = [{ path: "schema.prisma", content: schema }];
  const result = await withSchemaEngine(databaseUrl, schema, (engine) =>
    engine.diff({ from: { tag: "migrations", ...migrationsList(root) }, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters: noFilters }),
  );
  return (result.stdout ?? "").trim();
}
