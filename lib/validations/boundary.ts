import { z } from "zod";
import { countSchema, idSchema } from "./common";

export const mergeSegmentsSchema = z.object({ segmentId: idSchema("sentence"), version: countSchema("version") });
export const splitSegmentSchema = mergeSegmentsSchema.extend({ at: idSchema("split point") });
export const linkSegmentsSchema = mergeSegmentsSchema.extend({ direction: z.enum(["next", "previous"], { message: "Link with the next or the previous group." }) });
export const unlinkSegmentSchema = mergeSegmentsSchema;
