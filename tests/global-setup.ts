import type { TestProject } from "vitest/node";
import { createScratchDatabase } from "../lib/database/scratch";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Each integration run gets its own freshly migrated database, dropped at the end. */
export default async function setup(project: TestProject) {
  const database = await createScratchDatabase("it");
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
  };
}
