import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDatabaseUrl } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  // No parallel workers: Verso's queries are many and small; starting workers cost the 10,000-segment report more than it saved.
  const options = "-c max_parallel_workers_per_gather=0";
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: getDatabaseUrl(), max: Number(process.env.DATABASE_POOL_SIZE ?? 10), options }) });
}

/** The one Prisma client, created on first use so that modules can be imported before the environment is ready. */
export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export async function disconnectDb() {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
