import { sourceTermSpans, targetTermSpans } from "@/lib/checks/glossary-spans";
import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { segmentTermsSchema } from "@/lib/validations/glossary";
import { documentGlossaryEntries } from "./glossary-rows";

/** The glossary terms in one sentence, for the workspace to highlight: spans of its source and MT, and the entries. */
export const getSegmentTerms = defineUseCase(
  { name: "getSegmentTerms", permission: "document.read", input: segmentTermsSchema, mode: "read" },
  async ({ input: { documentId, segmentId }, db }) => {
    const segment = await db.segment.findUnique({
      where: { id: segmentId },
      select: { documentId: true, mtText: true, sourceText: true, document: { select: { sourceLanguage: true, targetLanguage: true } } },
    });
    if (!segment || segment.documentId !== documentId) throw new AppError("not_found", "That sentence is not in this document.");
    const all = await documentGlossaryEntries(db, documentId);
    const source = segment.sourceText ? sourceTermSpans(segment.sourceText, segment.document.sourceLanguage, all) : [];
    const mt = targetTermSpans(segment.mtText, segment.document.targetLanguage, all);
    // Only the entries this sentence uses travel to the browser, renumbered.
    const used = [...new Set([...source, ...mt].map((span) => span.entry))].sort((a, b) => a - b);
    const index = new Map(used.map((entry, i) => [entry, i]));
    const renumber = <T extends { entry: number }>(span: T) => ({ ...span, entry: index.get(span.entry)! });
    return { entries: used.map((entry) => all[entry]), source: source.map(renumber), mt: mt.map(renumber) };
  },
);

export type SegmentTerms = Awaited<ReturnType<typeof getSegmentTerms>>;
