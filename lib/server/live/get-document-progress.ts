import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import type { ProgressMessage } from "./event-types";

/** The document list's progress for these documents, counted as listDocuments counts it. */
export const getDocumentProgress = defineUseCase(
  { name: "getDocumentProgress", permission: "document.read", input: z.object({ documentIds: z.array(idSchema("document")).max(500) }), mode: "read" },
  async ({ input: { documentIds }, db }): Promise<ProgressMessage[]> => {
    if (documentIds.length === 0) return [];
    return db.$queryRaw<ProgressMessage[]>`
      SELECT d.id AS "documentId", d."segmentCount",
        (SELECT count(*)::int FROM "Segment" s WHERE s."documentId" = d.id AND s.status = 'approved') AS approved,
        (SELECT count(*)::int FROM "Segment" s WHERE s."documentId" = d.id AND s.status = 'confirmed') AS confirmed,
        (SELECT count(*)::int FROM "Segment" s WHERE s."documentId" = d.id AND s.status = 'proposed') AS proposed,
        (SELECT count(*)::int FROM "Segment" s WHERE s."documentId" = d.id AND s.status = 'rejected') AS rejected
      FROM "Document" d WHERE d.id = ANY(${documentIds}::int[])`;
  },
);
