import { CommentThread } from "./comment-thread";
import styles from "./comments.module.css";

/** The document's own thread, folded away above the workspace: for what concerns no single sentence. */
export function DocumentComments({ documentId }: { documentId: number }) {
  return (
    <details className={styles.documentComments}>
      <summary>Comments on the document</summary>
      <CommentThread documentId={documentId} segmentId={null} />
    </details>
  );
}
