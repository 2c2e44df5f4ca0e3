import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDatabaseUrl } from "@/lib/env";
import { getLogger } from "@/lib/log";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

function pool(): pg.Pool {
  // No parallel workers: Verso's queries are many and small; starting workers cost the 10,000-segment report more than it saved.
  const options = "-c max_parallel_workers_per_gather=0";
  if (!globalForPrisma.pool) {
    globalForPrisma.pool = new pg.Pool({ connectionString: getDatabaseUrl(), max: Number(process.env.DATABASE_POOL_SIZE ?? 10), options });
    // An idle connection the server closes (a restart, a failover, an administrator) is dropped from the pool and the
    // next query opens another; unhandled, pg's error event would stop the whole app server.
    globalForPrisma.pool.on("error", (error: Error & { code?: string }) => getLogger().warn({ code: error.code, reason: error.message }, "database: an idle connection was closed"));
  }
  return globalForPrisma.pool;
}

/** The one Prisma client, created on first use so that modules can be imported before the environment is ready. */
export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return globalForPrisma.prisma;
}

/**
 * The connections under that client, for the two statements every save runs (the actor, the save itself): a query
 * through Prisma's engine costs about half a millisecond of CPU more, on the path `npm run bench:load` measures.
 */
export function getPool(): pg.Pool {
  return pool();
}

export async function disconnectDb() {
  await globalForPrisma.prisma?.$disconnect();
  await globalForPrisma.pool?.end();
  globalForPrisma.prisma = undefined;
  globalForPrisma.pool = undefined;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
