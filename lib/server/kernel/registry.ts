import type { Actor, Permission } from "@/lib/server/auth/permissions";

export type UseCaseMode = "write" | "read" | "staged" | "statement";
export type RegisteredUseCase = {
  name: string;
  permission: Permission;
  mode: UseCaseMode;
  /** The use case itself, with input it has not seen yet: the permission test calls every one of them. */
  call: (call: { actor: Actor | null } & Record<string, unknown>) => Promise<unknown>;
};

const registry = new Map<string, RegisteredUseCase>();

/** Every use case, by name: the permission test and the README table are checked against it. */
export function useCaseRegistry(): Map<string, RegisteredUseCase> {
  return registry;
}
