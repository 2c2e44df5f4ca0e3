import { z } from "zod";
import { idSchema, textSchema } from "./common";

export const COMMENT_MAX_LENGTH = 4_000;

export const commentBodySchema = textSchema().trim().min(1, "Write a comment first.").max(COMMENT_MAX_LENGTH, "Keep a comment under 4,000 characters.");

/** A form's empty segment field is the document's own thread. */
const optionalSegmentId = z.preprocess((value) => (value === "" || value === undefined ? null : value), idSchema("sentence").nullable());

export const createCommentSchema = z.object({ documentId: idSchema("document"), segmentId: optionalSegmentId, body: commentBodySchema });
export const threadPlaceSchema = z.object({ documentId: idSchema("document"), segmentId: optionalSegmentId });
export const threadIdSchema = z.object({ threadId: idSchema("thread") });
/** No ids: every unread mention of the person. */
export const markMentionsReadSchema = z.object({ mentionIds: z.array(idSchema("notification")).max(500).optional() });
