import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { presenceSchema } from "@/lib/validations/presence";
import { recordPresenceEvent } from "./presence-event";

type Place = { documentId: number; segmentId: number | null; editing: boolean };

/**
 * A tab's heartbeat: where it is in a document (which sentence, editing or only reading). It is announced only when it
 * changed, so a quiet heartbeat costs one upsert and no event. Presence is not audited: it changes no one's work.
 */
export const updatePresence = defineUseCase(
  { name: "updatePresence", permission: "document.read", input: presenceSchema },
  async ({ actor, input: { documentId, tabId, segmentId, editing }, db: tx }) => {
    const [before] = await tx.$queryRaw<Place[]>`
      SELECT "documentId", "segmentId", editing FROM "Presence" WHERE "userId" = ${actor.id} AND "tabId" = ${tabId} FOR UPDATE`;
    const changed = !before || before.documentId !== documentId || before.segmentId !== segmentId || before.editing !== editing;
    if (changed) {
      const found = segmentId === null
        ? await tx.document.count({ where: { id: documentId } })
        : await tx.segment.count({ where: { id: segmentId, documentId } });
      if (found === 0) throw new AppError("not_found", "That sentence is not in this document (any more). Reload the document.");
    }
    await tx.$executeRaw`
      INSERT INTO "Presence" ("userId", "tabId", "documentId", "segmentId", editing, "seenAt")
      VALUES (${actor.id}, ${tabId}, ${documentId}, ${segmentId}, ${editing}, now() AT TIME ZONE 'UTC')
      ON CONFLICT ("userId", "tabId") DO UPDATE SET "documentId" = EXCLUDED."documentId", "segmentId" = EXCLUDED."segmentId", editing = EXCLUDED.editing, "seenAt" = EXCLUDED."seenAt"`;
    if (!changed) return { changed };
    const who = { userId: actor.id, name: actor.name, tabId };
    if (before && before.documentId !== documentId) await recordPresenceEvent(tx, before.documentId, { ...who, segmentId: null, editing: false });
    await recordPresenceEvent(tx, documentId, { ...who, segmentId, editing });
    return { changed };
  },
);
