import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { linkSegmentsSchema } from "@/lib/validations/boundary";
import { assertVersion, loadForBoundaryChange, lockDocumentOf } from "./boundaries";
import { joinSegments } from "./join-segments";

/**
 * Links an alignment group with the next or the previous one: the two become one segment whose source and MT
 * translate each other. Before editing starts only, under the document's lock, like split and merge.
 */
export const linkSegments = defineUseCase(
  { name: "linkSegments", permission: "segment.split-merge", input: linkSegmentsSchema },
  async ({ actor, input: { segmentId, version, direction }, db: tx }) => {
    const documentId = await lockDocumentOf(tx, segmentId);
    const segment = await loadForBoundaryChange(tx, segmentId);
    assertVersion(segment, version);
    const neighbourOrder = direction === "next" ? segment.order + 1 : segment.order - 1;
    const neighbourRow = await tx.segment.findFirst({ where: { documentId, order: neighbourOrder }, select: { id: true } });
    if (!neighbourRow) throw new AppError("bad_input", `Group ${segment.order} is the ${direction === "next" ? "last" : "first"} of the document; there is no ${direction} group to link it with.`);
    const neighbour = await loadForBoundaryChange(tx, neighbourRow.id);
    const [first, second] = direction === "next" ? [segment, neighbour] : [neighbour, segment];
    const { segmentCount, ...joined } = await joinSegments(tx, first, second);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "segment.link",
      entityType: "Segment",
      entityId: first.id,
      documentId,
      segmentId: first.id,
      before: { segments: [{ id: first.id, mtText: first.mtText }, { id: second.id, mtText: second.mtText }] },
      after: { id: first.id, direction, ...joined, movedAnnotations: second.annotations.map((annotation) => annotation.id) },
    });
    await recordDocumentEvent(tx, { documentId, type: EVENT.segmentLink, segmentId: first.id, actorId: actor.id, payload: { segmentCount } });
    return { id: first.id };
  },
);
