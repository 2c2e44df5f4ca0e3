import { getAuth } from "@/lib/auth";
import { getDb } from "@/lib/db";
import type { Actor } from "./permissions";

/** The signed-in, active user behind a request, or null. Roles are read fresh, so a change applies at once. */
export async function getActor(headers: Headers): Promise<Actor | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const user = await getDb().user.findUnique({ where: { id: session.user.id }, select: { id: true, email: true, name: true, roles: true, active: true } });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}
