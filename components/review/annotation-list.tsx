import type { ReviewItem } from "@/lib/server/reviews/list-review-queue";
import { ResolveAnnotationForm } from "./resolve-annotation-form";
import styles from "./review.module.css";

type Annotation = ReviewItem["segment"]["annotations"][number];

function spanOf(annotation: Annotation, mtText: string) {
  return annotation.start === annotation.end ? `missing after “${mtText.slice(0, annotation.start).split(/\s+/).at(-1) ?? ""}”` : `“${mtText.slice(annotation.start, annotation.end)}”`;
}

/** The segment's error flags; open ones can be resolved or dismissed with a note. */
export function AnnotationList({ annotations, mtText, mayResolve }: { annotations: Annotation[]; mtText: string; mayResolve: boolean }) {
  if (annotations.length === 0) return <p className="muted">No error flags on this sentence.</p>;
  return (
    <ul className={styles.annotations} aria-label="Error flags">
      {annotations.map((annotation) => (
        <li key={annotation.id}>
          <strong>{annotation.category}{annotation.subcategory ? ` / ${annotation.subcategory}` : ""}</strong> · {annotation.severity} · {spanOf(annotation, mtText)}
          {annotation.note && <> — {annotation.note}</>} <span className="muted">(flagged by {annotation.author.name})</span>
          {annotation.state === "open" ? (
            mayResolve && <ResolveAnnotationForm annotationId={annotation.id} />
          ) : (
            <p className="muted">
              {annotation.state === "resolved" ? "Resolved" : "Dismissed"} by {annotation.resolvedBy?.name ?? "someone"}
              {annotation.resolutionNote ? `: ${annotation.resolutionNote}` : ""}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
