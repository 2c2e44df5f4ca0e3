import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { findTmMatches } from "./find-tm-matches";
import { segmentTmKey } from "./segment-tm-key";

/**
 * The open segment's TM matches. The TM is shared by the whole team: whoever may read documents sees matches from every
 * document, its own other sentences included (only the segment's own approval is left out).
 */
// A transaction ("write" mode) although it only reads: the similarity threshold is set for it alone (SET LOCAL).
export const getTmMatches = defineUseCase(
  { name: "getTmMatches", permission: "document.read", input: z.object({ documentId: idSchema("document"), segmentId: idSchema("sentence") }) },
  async ({ input: { documentId, segmentId }, db: tx }) => {
    const segment = await tx.segment.findFirst({
      where: { id: segmentId, documentId },
      select: { mtText: true, sourceText: true, document: { select: { sourceLanguage: true, targetLanguage: true } } },
    });
    if (!segment) throw new AppError("not_found", "That segment does not exist (any more). Reload the document.");
    const key = segmentTmKey(segment, segment.document);
    const matches = await findTmMatches(tx, { ...key, excludeSegmentId: segmentId });
    return { keyedBy: key.keyedBy, sourceLanguage: key.sourceLanguage, matches };
  },
);
