import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Typology } from "@/lib/metrics/typology";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import type { AnnotationFields } from "@/lib/validations/annotation";
import { checkAnnotation } from "./check-annotation";

export async function createAnnotation({ actor, segmentId, fields }: { actor: Actor | null; segmentId: number; fields: AnnotationFields }) {
  const author = requirePermission(actor, "annotation.create");
  if (!Number.isSafeInteger(segmentId) || segmentId <= 0) throw new AppError("bad_input", "That segment id is not valid.");
  return getDb().$transaction(async (tx) => {
    const segment = await lockSegment(tx, segmentId);
    const data = checkAnnotation(fields, segment.mtText, segment.document.typology?.definition as Typology | undefined);
    const annotation = await tx.annotation.create({ data: { ...data, segmentId, authorId: author.id } });
    await recordAudit(tx, {
      actorId: author.id,
      action: "annotation.create",
      entityType: "Annotation",
      entityId: annotation.id,
      documentId: segment.documentId,
      segmentId,
      after: { ...data, span: segment.mtText.slice(data.start, data.end) },
    });
    return annotation;
  });
}
