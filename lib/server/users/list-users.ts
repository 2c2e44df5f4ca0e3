import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

export const listUsers = defineUseCase({ name: "listUsers", permission: "user.manage", input: z.object({}), mode: "read" }, ({ db }) =>
  db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, roles: true, active: true, createdAt: true } }),
);
