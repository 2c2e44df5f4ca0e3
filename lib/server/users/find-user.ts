import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function findUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, roles: true, active: true } });
  if (!user) throw new AppError("not_found", "That account does not exist.");
  return user;
}
