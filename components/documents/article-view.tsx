import type { DocumentView } from "@/lib/server/documents/get-document";
import { BlockElement } from "./block-element";
import { BoundaryDialog } from "@/components/segments/boundary-dialog";

type Block = DocumentView["blocks"][number];
type Mode = { documentId: number; fixBoundaries: boolean };

function Sentences({ block, mode }: { block: Block; mode: Mode }) {
  return block.segments.map((segment, index) => (
    <span key={segment.id} id={`segment-${segment.order}`} data-status={segment.status}>
      {index > 0 ? " " : null}
      {mode.fixBoundaries ? (
        <BoundaryDialog documentId={mode.documentId} segment={segment} canMerge={index < block.segments.length - 1} />
      ) : (
        <span className="segment-number" aria-label={`Sentence ${segment.order}`}>{segment.order}</span>
      )}
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
  const mode = { documentId: document.id, fixBoundaries };
  return (
    <article className="document" lang={document.targetLanguage}>
      {document.blocks.map((block) => <BlockView key={block.id} block={block} mode={mode} />)}
    </article>
  );
}
