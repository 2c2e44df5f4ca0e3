import type { ReadingDocument } from "@/lib/server/reading/get-reading-view";
import type { ReadingView } from "@/lib/server/reading/reading-views";
import { BlockElement } from "@/components/documents/block-element";
import { DIFF_CLASS, DiffPieces, wordChanges } from "@/components/ui/word-diff";
import styles from "./reading.module.css";

type Block = ReadingDocument["blocks"][number];
type Segment = Block["segments"][number];

/** The corrected sentence: approved (or confirmed MT), else the latest open proposal marked as unreviewed, else the MT. */
function Corrected({ segment }: { segment: Segment }) {
  if (segment.final !== null) return segment.final;
  if (segment.unreviewed === null) return segment.mtText;
  return (
    <mark className={styles.unreviewed} title="Proposed, not reviewed yet">
      {segment.unreviewed}<span className={styles.srOnly}> (not reviewed yet)</span>
    </mark>
  );
}

function SegmentText({ segment, view }: { segment: Segment; view: ReadingView }) {
  if (view === "mt") return segment.mtText;
  if (view === "corrected") return <Corrected segment={segment} />;
  return <DiffPieces changes={wordChanges(segment.mtText, segment.final ?? segment.unreviewed ?? segment.mtText)} />;
}

/** The block's own text between sentences (spaces, list markers) is kept, as the article exports do. */
function TargetBlock({ block, view }: { block: Block; view: ReadingView }) {
  const pieces = [];
  let cursor = block.start;
  for (const segment of block.segments) {
    pieces.push(block.text.slice(cursor - block.start, segment.start - block.start));
    pieces.push(<span key={segment.order} data-segment={segment.order} className={styles.sentence}><SegmentText segment={segment} view={view} /></span>);
    cursor = segment.end;
  }
  pieces.push(block.text.slice(cursor - block.start));
  return <BlockElement kind={block.kind}>{pieces}</BlockElement>;
}

function SourceBlock({ block }: { block: Block }) {
  const text = block.segments.map((segment) => segment.sourceText).filter((source) => source !== null).join(" ");
  return text ? <BlockElement kind={block.kind}>{text}</BlockElement> : null;
}

export function ReadingArticle({ document, view }: { document: ReadingDocument; view: ReadingView }) {
  const language = view === "source" ? document.sourceLanguage : document.targetLanguage;
  return (
    <article className={`document ${styles.article} ${view === "changes" ? DIFF_CLASS : ""}`} lang={language} aria-label={`The article: ${view === "mt" ? "MT" : view}`}>
      {document.blocks.map((block) => (view === "source" ? <SourceBlock key={block.id} block={block} /> : <TargetBlock key={block.id} block={block} view={view} />))}
    </article>
  );
}
