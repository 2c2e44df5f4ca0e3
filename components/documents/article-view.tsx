import type { DocumentView } from "@/lib/server/documents/get-document";

type Block = DocumentView["blocks"][number];

function Sentences({ block }: { block: Block }) {
  return block.segments.map((segment, index) => (
    <span key={segment.id} id={`segment-${segment.order}`} data-status={segment.status}>
      {index > 0 ? " " : null}
      <span className="segment-number" aria-label={`Sentence ${segment.order}`}>{segment.order}</span>
      {segment.mtText}
    </span>
  ));
}

function BlockView({ block }: { block: Block }) {
  const content = <Sentences block={block} />;
  switch (block.kind) {
    case "title":
      return <h1>{content}</h1>;
    case "heading":
      return <h2>{content}</h2>;
    case "list_item":
      return <ul><li>{content}</li></ul>;
    case "quote":
      return <blockquote>{content}</blockquote>;
    case "dateline":
    case "meta":
    case "footer":
      return <p className={block.kind}>{content}</p>;
    default:
      return <p>{content}</p>;
  }
}

/** The article as it reads, each sentence numbered in document order. */
export function ArticleView({ document }: { document: DocumentView }) {
  return (
    <article className="document" lang={document.targetLanguage}>
      {document.blocks.map((block) => <BlockView key={block.id} block={block} />)}
    </article>
  );
}
