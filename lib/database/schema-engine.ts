// Prisma's WASM schema engine, loaded by hand: its package entry imports a .wasm file, which Node 20 cannot.
import { AsyncLocalStorage } from "node:async_hooks";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);
let instantiated = false;

function instantiate() {
  if (instantiated) return;
  const wasmPath = join(dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  instantiated = true;
}

const PG_CHAR = 18;
const PG_TEXT = 25;
const charColumns = new AsyncLocalStorage<number[]>();

type Queryable = {
  performIO: (query: unknown) => Promise<{ fields?: { dataTypeID: number }[] } | undefined>;
  queryRaw: (query: unknown) => Promise<{ columnTypes: number[] }>;
  startTransaction?: (...args: unknown[]) => Promise<Queryable>;
};

/**
 * The engine introspects catalog columns of PostgreSQL's one-byte "char" type (relkind, contype…), which the pg adapter
 * refuses; they are read as text and reported to the engine as Character, the type it expects.
 */
function readCharColumns(queryable: Queryable) {
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const found = charColumns.getStore();
    result?.fields?.forEach((field, index) => {
      if (field.dataTypeID !== PG_CHAR) return;
      field.dataTypeID = PG_TEXT;
      found?.push(index);
    });
    return result;
  };
  queryable.queryRaw = (query) => {
    const found: number[] = [];
    return charColumns.run(found, async () => {
      const result = await queryRaw(query);
      for (const index of found) result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    });
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) queryable.startTransaction = async (...args) => readCharColumns(await startTransaction(...args));
  return queryable;
}

function adapterFor(databaseUrl: string, opened: { dispose(): Promise<void> }[]) {
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    return readCharColumns(adapter as unknown as Queryable) as unknown as Awaited<ReturnType<typeof connect>>;
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

export async function withSchemaEngine<T>(databaseUrl: string, schema: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  instantiate();
  const opened: { dispose(): Promise<void> }[] = [];
  const engine = await (bindings.SchemaEngine as unknown as typeof SchemaEngine).new({ datamodels: [["schema.prisma", schema]] }, () => {}, adapterFor(databaseUrl, opened));
  try {
    return await run(engine);
  } finally {
    engine.free();
    // The engine's connection holds the migration advisory lock for as long as it is open: another process's
    // migration (the command line right after a test made a database) would wait on it and time out.
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}
