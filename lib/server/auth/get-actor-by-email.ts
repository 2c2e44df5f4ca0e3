import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "./permissions";

/** For the command line: it acts as a named account (or the first active admin), with that account's permissions. */
export async function getActorByEmail(email?: string): Promise<Actor> {
  const user = email
    ? await getDb().user.findUnique({ where: { email: email.toLowerCase() } })
    : await getDb().user.findFirst({ where: { active: true, roles: { has: "admin" } }, orderBy: { createdAt: "asc" } });
  if (!user) throw new AppError("unauthenticated", email ? `There is no account ${email}.` : "There is no active admin account; add one with `npm run -s verso -- user add EMAIL --role admin`, or pass --as EMAIL.");
  if (!user.active) throw new AppError("forbidden", `The account ${user.email} is deactivated.`);
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}
