// Roles as data: which role may do what. The README's permission table and the permission test both read this.
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type Actor = { id: string; email: string; name: string; roles: Role[] };

export const PERMISSIONS = {
  "document.read": ["admin", "editor", "reviewer"],
  "document.import": ["admin"],
  "document.delete": ["admin"],
  "segment.split-merge": ["admin", "editor"],
  "annotation.create": ["editor", "reviewer"],
  "proposal.submit": ["editor"],
  "proposal.review": ["reviewer"],
  "proposal.propagate": ["editor", "reviewer"],
  "annotation.resolve": ["reviewer"],
  "comment.write": ["admin", "editor", "reviewer"],
  "segment.time": ["editor", "reviewer"],
  "document.export": ["admin", "reviewer"],
  "report.read": ["admin", "reviewer"],
  "audit.read": ["admin", "reviewer"],
  "user.manage": ["admin"],
  "glossary.read": ["admin", "editor", "reviewer"],
  "glossary.manage": ["admin", "reviewer"],
  "tm.manage": ["admin", "reviewer"],
  "assignment.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor | null, permission: Permission): boolean {
  return !!actor && actor.roles.some((role) => (PERMISSIONS[permission] as readonly Role[]).includes(role));
}

/** Throws 401 for nobody and 403 for a role that may not; every use case calls this before it reads or writes. */
export function requirePermission(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
  if (!can(actor, permission)) {
    throw new AppError("forbidden", `Your role (${actor.roles.join(", ") || "none"}) may not do this (${permission}).`);
  }
  return actor;
}
