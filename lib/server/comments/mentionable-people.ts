import type { Db, Tx } from "@/lib/db";
import type { Mentionable } from "@/lib/comments/parse-mentions";

/** Who can be mentioned: everyone active who may read documents (every role may). */
export function mentionablePeople(db: Tx | Db): Promise<Mentionable[]> {
  return db.user.findMany({ where: { active: true, NOT: { roles: { isEmpty: true } } }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } });
}
