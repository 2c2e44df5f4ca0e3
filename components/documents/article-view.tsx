import type { DocumentView } from "@/lib/server/documents/get-document";
import { BlockElement } from "./block-element";
import { BoundaryDialog } from "@/components/segments/boundary-dialog";
import { SourceText } from "@/components/bilingual/source-text";

type Block = DocumentView["blocks"][number];
type Mode = { documentId: number; fixBoundaries: boolean; sourceLanguage: string | null };

function Sentences({ block, mode }: { block: Block; mode: Mode }) {
  return block.segments.map((segment, index) => (
    <span key={segment.id} id={`segment-${segment.order}`} data-status={segment.status} data-group={mode.sourceLanguage ? segment.order : undefined}>
      {index > 0 ? " " : null}
      {mode.fixBoundaries ? (
        <BoundaryDialog documentId={mode.documentId} segment={segment} canMerge={index < block.segments.length - 1} sourceLanguage={mode.sourceLanguage} />
      ) : (
        <span className="segment-number" aria-label={`Sentence ${segment.order}`}>{segment.order}</span>
      )}
      {mode.sourceLanguage && <SourceText text={segment.sourceText} language={mode.sourceLanguage} />}
      <span className="mt">{segment.mtText}</span>
    </span>
  ));
}

function BlockView({ block, mode }: { block: Block; mode: Mode }) {
  return (
    <BlockElement kind={block.kind}>
      <Sentences block={block} mode={mode} />
    </BlockElement>
  );
}

/** The article as it reads, each sentence numbered in document order. */
export function ArticleView({ document, fixBoundaries = false }: { document: DocumentView; fixBoundaries?: boolean }) {
  const mode = { documentId: document.id, fixBoundaries, sourceLanguage: document.bilingual ? document.sourceLanguage : null };
  return (
    <>
      {fixBoundaries && (
        <p className="notice" id="boundaries-help">
          Where the machine cut a sentence in two or ran two together, select the sentence&apos;s number: split it by clicking between two
          words, or merge it with the next sentence. Choose “Done fixing boundaries” to go back to editing.
        </p>
      )}
      <article className="document" lang={document.targetLanguage} data-view={document.bilingual ? "both" : undefined}>
        {document.blocks.map((block) => <BlockView key={block.id} block={block} mode={mode} />)}
      </article>
    </>
  );
}
