// Where a split bilingual group's source is cut: between the source sentences, where the MT's proportion falls.
import type { Tx } from "@/lib/db";
import { readSourceRanges, sentencesIn } from "./segment-source";

type SourcePart = { sourceText: string; sourceStart: number; sourceEnd: number };

/**
 * A group's source of one sentence stays whole with the left part (nothing honest to cut); of several, it is cut at
 * the sentence boundary whose share of the source's length is nearest the left MT part's share, as length-based
 * alignment would pair them. Null for a monolingual segment or a group without source.
 */
export async function splitSource(tx: Tx, segment: { id: number; documentId: number }, leftShare: number): Promise<{ left: SourcePart; right: Partial<SourcePart> } | null> {
  const range = (await readSourceRanges(tx, [segment.id])).get(segment.id)!;
  if (range.sourceStart === null || range.sourceEnd === null) return null;
  const document = await tx.document.findUniqueOrThrow({ where: { id: segment.documentId }, select: { sourceText: true, sourceLanguage: true } });
  if (document.sourceText === null) return null;
  const { sourceStart, sourceEnd } = range;
  const text = document.sourceText;
  const sentences = sentencesIn(text, sourceStart, sourceEnd, document.sourceLanguage);
  if (sentences.length < 2) return { left: { sourceText: text.slice(sourceStart, sourceEnd), sourceStart, sourceEnd }, right: {} };
  const length = sourceEnd - sourceStart;
  const cut = sentences.slice(1).reduce((best, sentence) => {
    const share = (sentence.start - sourceStart) / length;
    return Math.abs(share - leftShare) < Math.abs((best.start - sourceStart) / length - leftShare) ? sentence : best;
  }, sentences[1]);
  const leftEnd = sentences[sentences.indexOf(cut) - 1].end;
  return {
    left: { sourceText: text.slice(sourceStart, leftEnd), sourceStart, sourceEnd: leftEnd },
    right: { sourceText: text.slice(cut.start, sourceEnd), sourceStart: cut.start, sourceEnd },
  };
}
