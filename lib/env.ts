import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
});

/** The app server always runs with DATABASE_URL: `npm start` sets it to the embedded server when the user did not. */
export function getDatabaseUrl(): string {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error("Set DATABASE_URL to a PostgreSQL URL (postgresql://user@host:5432/db), or start Verso with `npm start`, which runs an embedded PostgreSQL.");
  }
  return parsed.data.DATABASE_URL;
}
