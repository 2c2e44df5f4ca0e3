import { test as base, expect } from "@playwright/test";

export const SEED_TITLE = "Different dreams in one Geneva";

/** A title no other test uses, so specs can run in parallel against one database. */
export function uniqueTitle(label: string) {
  return `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
}

export const test = base;
export { expect };
