import { z } from "zod";
import { personNameSchema, userIdSchema } from "./common";

export const ROLES = ["admin", "editor", "reviewer"] as const;

const roles = (message: string) =>
  z
    .array(z.enum(ROLES, { message: "That is not a role." }))
    .min(1, message)
    .transform((list) => [...new Set(list)]);

/** A password an admin gives or a person chooses through their link (better-auth refuses one over 128 characters). */
export const passwordSchema = z.string().min(8, "The password needs at least 8 characters.").max(128, "Keep the password under 128 characters.");

export const createUserSchema = z.object({
  name: personNameSchema,
  email: z.email("Give a valid email address.").max(254, "That email address is too long.").transform((email) => email.toLowerCase()),
  // Empty: the person gets a one-time sign-in link to choose their own password.
  password: z.union([z.literal(""), passwordSchema]).default(""),
  roles: roles("Give the account at least one role."),
});

export const updateRolesSchema = z.object({ userId: userIdSchema, roles: roles("Keep at least one role.") });
export const setUserActiveSchema = z.object({ userId: userIdSchema, active: z.boolean() });
export const userIdInputSchema = z.object({ userId: userIdSchema });

export type CreateUserInput = z.input<typeof createUserSchema>;
