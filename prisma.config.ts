import { defineConfig } from "prisma/config";

// The URL is only read by Prisma's own CLI (migrate deploy on a normal machine); Verso itself resolves it in lib/database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/verso" },
});
