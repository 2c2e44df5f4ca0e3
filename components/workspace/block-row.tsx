import { BlockElement } from "@/components/documents/block-element";
import { memo } from "react";
import type { Typology } from "@/lib/metrics/typology";
import type { RowGroup } from "./group-rows";
import { SegmentText } from "./segment-text";
import { STATUS_ICON } from "./status-badge";
import styles from "./workspace.module.css";

type Props = { group: RowGroup; disabled: boolean; typology: Typology; selectedId: number | null; onSelect: (segmentId: number) => void };

function Sentences({ group, disabled, typology, selectedId, onSelect }: Props) {
  return group.segments.map((segment, index) => {
    const flags = segment.annotations.length;
    const selected = segment.id === selectedId;
    return (
      <span key={segment.id} id={`segment-${segment.order}`} data-status={segment.status} className={`${styles.segment} ${selected ? styles.selected : ""}`}>
        {index > 0 ? " " : null}
        <button
          type="button"
          className={styles.segmentButton}
          data-segment-id={segment.id}
          disabled={disabled}
          aria-pressed={selected}
          // The flag count right after the number, as the button shows it ("2 ⚑1"), so the spoken name contains the visible one.
          aria-label={`Sentence ${segment.order}: ${flags ? `${flags} ${flags === 1 ? "flag" : "flags"}, ` : ""}${segment.status}`}
          onClick={() => onSelect(segment.id)}
        >
          {segment.order}
          <span aria-hidden="true"> {STATUS_ICON[segment.status]}</span>
          {flags > 0 && <span aria-hidden="true" className={styles.flagCount}>⚑{flags}</span>}
        </button>
        <span className="mt">
          <SegmentText text={segment.mtText} flags={segment.annotations} typology={typology} />
        </span>
      </span>
    );
  });
}

/** One block (or a slice of a long one) as the article shows it: headings stay headings. */
export const BlockRow = memo(function BlockRow(props: Props) {
  return (
    <BlockElement kind={props.group.blockKind} metaClassName={styles.muted}>
      <Sentences {...props} />
    </BlockElement>
  );
});
