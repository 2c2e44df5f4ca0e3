import { z } from "zod";
import type { InlineCodes } from "@/lib/formats/cat/placeholders";
import { withoutPlaceholders } from "@/lib/formats/final-text";
import { LINE_SEPARATOR } from "@/lib/formats/markdown-breaks";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { effectiveView } from "./reading-views";

/**
 * The article for the reading view, with each sentence's texts: the approved one (or the MT an editor confirmed), the
 * latest open proposal (shown as unreviewed), the MT and the source; and the view the reader chose last. An article has
 * no tags: the placeholders of an HTML or CAT import are left out, as the article exports leave them out.
 */
export const getReadingView = defineUseCase(
  { name: "getReadingView", permission: "document.read", input: z.object({ documentId: idSchema("document") }), mode: "read" },
  async ({ actor, input: { documentId }, db }) => {
    const [document, blocks, user] = await Promise.all([
      db.document.findUnique({ where: { id: documentId }, select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, sourceText: true, importFormat: true } }),
      db.block.findMany({
        where: { documentId },
        orderBy: { order: "asc" },
        select: {
          id: true,
          kind: true,
          start: true,
          text: true,
          segments: {
            orderBy: { start: "asc" },
            select: {
              order: true, start: true, end: true, mtText: true, sourceText: true, status: true, inlineCodes: true,
              approvedProposal: { select: { text: true } },
              proposals: { where: { state: "open" }, orderBy: { id: "desc" }, take: 1, select: { text: true } },
            },
          },
        },
      }),
      db.user.findUnique({ where: { id: actor.id }, select: { readingView: true } }),
    ]);
    if (!document) return null;
    const hasSource = document.sourceText !== null;
    const tagged = document.importFormat !== null;
    return {
      id: document.id,
      title: document.title,
      sourceLanguage: document.sourceLanguage,
      targetLanguage: document.targetLanguage,
      hasSource,
      view: effectiveView(user?.readingView ?? null, hasSource),
      blocks: blocks.map(({ segments, ...block }) => {
        // The block's codes tell a line break or half a pair from an image, as in the article exports.
        const codes = Object.assign({}, ...segments.map((segment) => segment.inlineCodes ?? {})) as InlineCodes;
        // A line break reads as a space here: the view shows each sentence as a run of text.
        const plain = <T extends string | null>(text: T, of = block.text): T => (tagged && text !== null ? withoutPlaceholders(text, of, codes).replace(/^\u2028+|\u2028+$/g, "").replaceAll(LINE_SEPARATOR, " ") : text) as T;
        return {
          ...block,
          segments: segments.map(({ approvedProposal, proposals, status, mtText, sourceText, inlineCodes: _codes, ...segment }) => ({
            ...segment,
            mtText: plain(mtText),
            sourceText: plain(sourceText, sourceText ?? ""),
            final: plain(approvedProposal?.text ?? (status === "confirmed" ? mtText : null)),
            unreviewed: plain(proposals[0]?.text ?? null),
          })),
        };
      }),
    };
  },
);

export type ReadingDocument = NonNullable<Awaited<ReturnType<typeof getReadingView>>>;
