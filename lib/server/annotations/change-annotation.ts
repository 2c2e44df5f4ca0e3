import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Typology } from "@/lib/metrics/typology";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import { resolveAnnotationSchema, type AnnotationFields } from "@/lib/validations/annotation";
import { checkAnnotation } from "./check-annotation";

async function lockOwnOpenAnnotation(tx: Tx, actor: Actor, annotationId: number) {
  const found = await tx.annotation.findUnique({ where: { id: annotationId }, select: { segmentId: true } });
  if (!found) throw new AppError("not_found", "That flag does not exist (any more).");
  const segment = await lockSegment(tx, found.segmentId);
  const annotation = await tx.annotation.findUniqueOrThrow({ where: { id: annotationId } });
  if (annotation.authorId !== actor.id) throw new AppError("forbidden", "Only the person who flagged this error can change it.");
  if (annotation.state !== "open") throw new AppError("conflict", `This flag was already ${annotation.state}; it can no longer be changed.`);
  return { annotation, segment };
}

/** The author may edit a flag until a reviewer resolves or dismisses it. */
export async function updateAnnotation({ actor, annotationId, fields }: { actor: Actor | null; annotationId: number; fields: AnnotationFields }) {
  const author = requirePermission(actor, "annotation.create");
  return getDb().$transaction(async (tx) => {
    const { annotation, segment } = await lockOwnOpenAnnotation(tx, author, annotationId);
    const data = checkAnnotation(fields, segment.mtText, segment.document.typology?.definition as Typology | undefined);
    const updated = await tx.annotation.update({ where: { id: annotationId }, data });
    const { start, end, category, subcategory, severity, note } = annotation;
    await recordAudit(tx, { actorId: author.id, action: "annotation.update", entityType: "Annotation", entityId: annotationId, documentId: segment.documentId, segmentId: segment.id, before: { start, end, category, subcategory, severity, note }, after: data });
    return updated;
  });
}

/** Deleting removes the flag from the segment; the audit log keeps what it said. */
export async function deleteAnnotation({ actor, annotationId }: { actor: Actor | null; annotationId: number }) {
  const author = requirePermission(actor, "annotation.create");
  return getDb().$transaction(async (tx) => {
    const { annotation, segment } = await lockOwnOpenAnnotation(tx, author, annotationId);
    await tx.annotation.delete({ where: { id: annotationId } });
    const { start, end, category, subcategory, severity, note } = annotation;
    await recordAudit(tx, { actorId: author.id, action: "annotation.delete", entityType: "Annotation", entityId: annotationId, documentId: segment.documentId, segmentId: segment.id, before: { start, end, category, subcategory, severity, note } });
  });
}

export async function resolveAnnotation({ actor, annotationId, state, note }: { actor: Actor | null; annotationId: number; state: "resolved" | "dismissed"; note?: string }) {
  const reviewer = requirePermission(actor, "annotation.resolve");
  const parsed = resolveAnnotationSchema.safeParse({ annotationId, state, note });
  if (!parsed.success) throw new AppError("bad_input", parsed.error.issues[0]?.message ?? "That is not a valid resolution.");
  return getDb().$transaction(async (tx) => {
    const found = await tx.annotation.findUnique({ where: { id: annotationId }, select: { segmentId: true } });
    if (!found) throw new AppError("not_found", "That flag does not exist (any more).");
    const segment = await lockSegment(tx, found.segmentId);
    const annotation = await tx.annotation.findUniqueOrThrow({ where: { id: annotationId } });
    if (annotation.state !== "open") throw new AppError("conflict", `This flag was already ${annotation.state}.`);
    const updated = await tx.annotation.update({ where: { id: annotationId }, data: { state: parsed.data.state, resolvedById: reviewer.id, resolutionNote: parsed.data.note || null } });
    await recordAudit(tx, { actorId: reviewer.id, action: `annotation.${parsed.data.state === "resolved" ? "resolve" : "dismiss"}`, entityType: "Annotation", entityId: annotationId, documentId: segment.documentId, segmentId: segment.id, before: { state: "open" }, after: { state: parsed.data.state, note: parsed.data.note } });
    return updated;
  });
}
