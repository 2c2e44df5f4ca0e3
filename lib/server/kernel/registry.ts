import type { Permission } from "@/lib/server/auth/permissions";

export type UseCaseMode = "write" | "read" | "staged";
export type RegisteredUseCase = { name: string; permission: Permission; mode: UseCaseMode };

const globalForRegistry = globalThis as unknown as { versoUseCases?: Map<string, RegisteredUseCase> };

/** Every use case, by name: the permission test and the README table are checked against it. */
export function useCaseRegistry(): Map<string, RegisteredUseCase> {
  globalForRegistry.versoUseCases ??= new Map();
  return globalForRegistry.versoUseCases;
}
