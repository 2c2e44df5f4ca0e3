import { z } from "zod";
import { idSchema } from "./common";

/** A browser tab's own random id (crypto.randomUUID), so one person's two tabs are two presences. */
const tabIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "That tab id is not valid.");

export const presenceSchema = z.object({
  documentId: idSchema("document"),
  tabId: tabIdSchema,
  segmentId: idSchema("sentence").nullable().default(null),
  editing: z.boolean().default(false),
});

export const leavePresenceSchema = z.object({ tabId: tabIdSchema });
