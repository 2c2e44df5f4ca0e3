import { z } from "zod";

export const ROLES = ["admin", "editor", "reviewer"] as const;

export const createUserSchema = z.object({
  name: z.string().trim().min(1, "Give the person's name.").max(120),
  email: z.email("Give a valid email address.").transform((email) => email.toLowerCase()),
  // Empty: the person gets a one-time sign-in link to choose their own password.
  password: z.union([z.literal(""), z.string().min(8, "The password needs at least 8 characters.").max(128)]).default(""),
  roles: z.array(z.enum(ROLES)).min(1, "Give the account at least one role."),
});

export const updateRolesSchema = z.object({ userId: z.string().min(1), roles: z.array(z.enum(ROLES)).min(1, "Keep at least one role.") });

export type CreateUserInput = z.input<typeof createUserSchema>;
