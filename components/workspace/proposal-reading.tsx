import { WordDiff } from "@/components/ui/word-diff";
import styles from "./review-in-context.module.css";

export const READINGS = { clean: "Clean text", diff: "Diff against the MT", "three-way": "Three-way" } as const;
export type Reading = keyof typeof READINGS;

type Props = { reading: Reading; mtText: string; editorText: string; reviewerText: string | null; author: string };

/** A proposal read as clean text, as a diff against the MT, or three ways: the MT, the editor's text, the reviewer's edit. */
export function ProposalReading({ reading, mtText, editorText, reviewerText, author }: Props) {
  if (reading === "clean") return <div role="group" aria-label={`Proposal by ${author}, clean text`}><p className={styles.plain}>{editorText}</p></div>;
  if (reading === "diff") return <WordDiff from={mtText} to={editorText} label={`Proposal by ${author} against the MT`} />;
  return (
    <div className={styles.threeWay}>
      <p className={styles.caption}>MT</p>
      <p className={styles.plain}>{mtText}</p>
      <p className={styles.caption}>{author}’s text, against the MT</p>
      <WordDiff from={mtText} to={editorText} label={`${author}’s text against the MT`} />
      <p className={styles.caption}>Your edit, against {author}’s text</p>
      {reviewerText === null ? <p className="muted">No edit yet: press e to edit and approve.</p> : <WordDiff from={editorText} to={reviewerText} label={`Your edit against ${author}’s text`} />}
    </div>
  );
}

export function ReadingChoice({ value, onChange }: { value: Reading; onChange: (reading: Reading) => void }) {
  return (
    <fieldset className={styles.views}>
      <legend>Read as</legend>
      {(Object.keys(READINGS) as Reading[]).map((reading) => (
        <label key={reading}>
          <input type="radio" name="proposal-reading" value={reading} checked={value === reading} onChange={() => onChange(reading)} /> {READINGS[reading]}
        </label>
      ))}
    </fieldset>
  );
}
