import type { Db, Tx } from "@/lib/db";
import type { Mentionable } from "@/lib/comments/parse-mentions";
import { PERMISSIONS } from "@/lib/server/auth/permissions";

/** Who can be mentioned: everyone active who may read documents, so a mention never shows a comment to someone who may not. */
export function mentionablePeople(db: Tx | Db): Promise<Mentionable[]> {
  return db.user.findMany({ where: { active: true, roles: { hasSome: [...PERMISSIONS["document.read"]] } }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } });
}
