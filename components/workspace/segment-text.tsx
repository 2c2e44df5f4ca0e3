import type { Typology } from "@/lib/metrics/typology";
import type { AnnotationView } from "@/lib/server/workspace/annotation-view";
import { PLACEHOLDER } from "@/lib/formats/cat/placeholders";
import { wrapTerms } from "@/components/glossary/term-text";
import { useMtTerms } from "@/components/glossary/use-segment-terms";
import { bidiControlName, bidiControlOffsets } from "./bidi-controls";
import { assignLanes, splitPieces, type Span } from "./highlight-pieces";
import { severityLook, underlineStyle } from "./severity-style";
import styles from "./workspace.module.css";

type Props = { text: string; flags: AnnotationView[]; typology: Typology; selection?: Span | null; activeFlagId?: number | null };

const PLACEHOLDER_WHOLE = /^⟦\/?\d+⟧$/;

export function describeFlag(flag: AnnotationView) {
  const kind = flag.subcategory ? `${flag.category} / ${flag.subcategory}` : flag.category;
  return `${flag.severity} · ${kind}${flag.note ? ` — ${flag.note}` : ""} · by ${flag.authorName}${flag.state === "open" ? "" : ` (${flag.state})`}`;
}

/** The MT as plain text nodes (never HTML) with flags as stacked underlines; the text content stays exactly the MT. */
export function SegmentText({ text, flags, typology, selection, activeFlagId }: Props) {
  const terms = useMtTerms();
  const lanes = assignLanes(flags);
  // A placeholder (an imported file's or page's tag) is a piece of its own, shown as a tag: its text stays, so offsets do.
  const tokens = new Set([...text.matchAll(PLACEHOLDER)].map((match) => match.index));
  const tokenCuts = [...text.matchAll(PLACEHOLDER)].flatMap((match) => [match.index, match.index + match[0].length]);
  const controlCuts = bidiControlOffsets(text).flatMap((at) => [at, at + 1]);
  const cuts = [...(selection ? [selection.start, selection.end] : []), ...(terms?.spans.flatMap((s) => [s.start, s.end]) ?? []), ...tokenCuts, ...controlCuts];
  const pieces = splitPieces(text.length, flags, cuts);
  const nodes = pieces.map((piece) => {
    const covering = piece.covering.map((index) => flags[index]);
    const selected = !!selection && selection.start < selection.end && piece.start >= selection.start && piece.end <= selection.end;
    const caret = !!selection && selection.start === selection.end && selection.start === piece.start;
    const placeholder = tokens.has(piece.start) && PLACEHOLDER_WHOLE.test(text.slice(piece.start, piece.end));
    const control = bidiControlName(text.slice(piece.start, piece.end));
    const classes = [covering.length ? styles.flagged : "", selected ? styles.selection : "", covering.some((flag) => flag.id === activeFlagId) ? styles.activeFlag : "", placeholder ? styles.placeholder : "", control ? styles.bidiControl : ""];
    return (
      <span key={piece.start} data-start={piece.start}>
        {piece.pointsBefore.map((index) => (
          <span key={flags[index].id} className={styles.omission} title={describeFlag(flags[index])} style={{ color: severityLook(typology, flags[index].severity).color }} aria-hidden="true">‸</span>
        ))}
        {caret && <span className={styles.caret} aria-hidden="true" />}
        {piece.end > piece.start && (
          <span
            className={classes.filter(Boolean).join(" ") || undefined}
            style={underlineStyle(typology, piece.covering.map((index) => ({ severity: flags[index].severity, lane: lanes[index] })))}
            title={covering.length ? covering.map(describeFlag).join("\n") : undefined}
            data-placeholder={placeholder || undefined}
            data-bidi-control={control ?? undefined}
          >
            {text.slice(piece.start, piece.end)}
          </span>
        )}
      </span>
    );
  });
  return wrapTerms(pieces.map((piece, i) => ({ ...piece, node: nodes[i] })), terms);
}
