import { BlockElement } from "@/components/documents/block-element";
import { memo } from "react";
import type { Typology } from "@/lib/metrics/typology";
import type { BilingualView } from "@/components/bilingual/use-bilingual-view";
import { SourceText } from "@/components/bilingual/source-text";
import { FindingMarker } from "@/components/checks/finding-counts";
import type { RowGroup } from "./group-rows";
import { SegmentText } from "./segment-text";
import { STATUS_ICON } from "./status-badge";
import styles from "./workspace.module.css";

export type SourceView = { language: string; view: BilingualView };
type Props = { group: RowGroup; disabled: boolean; typology: Typology; source: SourceView | null; selectedId: number | null; openBy: Map<number, string[]>; onSelect: (segmentId: number) => void };

function Sentences({ group, disabled, typology, source, selectedId, openBy, onSelect }: Props) {
  return group.segments.map((segment, index) => {
    const flags = segment.annotations.length;
    const selected = segment.id === selectedId;
    const present = openBy.get(segment.id) ?? [];
    return (
      <span key={segment.id} id={`segment-${segment.order}`} data-status={segment.status} className={`${styles.segment} ${selected ? styles.selected : ""}`} data-group={source ? segment.order : undefined}>
        {index > 0 ? " " : null}
        {/* The number holds the badges that arrive after the text (the checks' count, who has it open) over its corner, taking
            no room in the line: they never move the words under a selection being made. */}
        <span className={styles.number}>
          <button
            type="button"
            className={styles.segmentButton}
            data-segment-id={segment.id}
            disabled={disabled}
            aria-pressed={selected}
            // The flag count right after the number, as the button shows it ("2 ⚑1"), so the spoken name contains the visible one.
            aria-label={`Sentence ${segment.order}: ${flags ? `${flags} ${flags === 1 ? "flag" : "flags"}, ` : ""}${segment.status}${present.length ? `, open by ${present.join(", ")}` : ""}`}
            onClick={() => onSelect(segment.id)}
          >
            {segment.order}
            <span aria-hidden="true"> {STATUS_ICON[segment.status]}</span>
            {flags > 0 && <span aria-hidden="true" className={styles.flagCount}>⚑{flags}</span>}
          </button>
          <span className={styles.badges}>
            {/* Outside the button: inside, its count would be visible text the button's name does not contain (axe's label-content-name-mismatch). */}
            {present.length > 0 && <span aria-hidden="true" className={styles.presence} title={`Open by ${present.join(", ")}`}>👤{present.length}</span>}
            <FindingMarker segmentId={segment.id} />
          </span>
        </span>
        {source && source.view !== "mt" && <SourceText text={segment.sourceText} language={source.language} />}
        {(!source || source.view !== "source") && (
          <span className="mt" data-mt-of={segment.id}>
            <SegmentText text={segment.mtText} flags={segment.annotations} typology={typology} />
          </span>
        )}
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
