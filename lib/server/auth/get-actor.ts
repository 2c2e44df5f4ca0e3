import { getAuth } from "@/lib/auth";
import type { Actor } from "./permissions";

/**
 * The signed-in, active user behind a request, or null: one session look-up, whose user carries roles and active
 * (better-auth's additional fields), read fresh from the database so a change of role applies at once.
 */
export async function getActor(headers: Headers): Promise<Actor | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { roles?: Actor["roles"]; active?: boolean };
  if (!user.active) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles ?? [] };
}
