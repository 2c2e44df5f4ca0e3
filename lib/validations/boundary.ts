import { z } from "zod";
import { countSchema, idSchema } from "./common";

export const mergeSegmentsSchema = z.object({ segmentId: idSchema("sentence"), version: countSchema("version") });
export const splitSegmentSchema = mergeSegmentsSchema.extend({ at: idSchema("split point") });
