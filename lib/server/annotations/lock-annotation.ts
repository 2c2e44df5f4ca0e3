import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/permissions";
import { lockSegment } from "@/lib/server/segments/lock-segment";

/** Locks the flag's segment (every writer locks the segment first), then reads the flag; it must still be open. */
export async function lockOpenAnnotation(tx: Tx, annotationId: number) {
  const found = await tx.annotation.findUnique({ where: { id: annotationId }, select: { segmentId: true } });
  if (!found) throw new AppError("not_found", "That flag does not exist (any more).");
  const segment = await lockSegment(tx, found.segmentId);
  const annotation = await tx.annotation.findUnique({ where: { id: annotationId } });
  if (!annotation) throw new AppError("not_found", "That flag does not exist (any more).");
  if (annotation.state !== "open") throw new AppError("conflict", `This flag was already ${annotation.state}; it can no longer be changed.`);
  return { annotation, segment };
}

/** The author may change a flag until a reviewer resolves or dismisses it. */
export async function lockOwnOpenAnnotation(tx: Tx, actor: Actor, annotationId: number) {
  const locked = await lockOpenAnnotation(tx, annotationId);
  if (locked.annotation.authorId !== actor.id) throw new AppError("forbidden", "Only the person who flagged this error can change it.");
  return locked;
}
