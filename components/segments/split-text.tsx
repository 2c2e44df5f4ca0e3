import { Fragment } from "react";
import { splitPoints } from "./split-points";

type Props = { text: string; chosen: number | null; onChoose: (at: number) => void };

/** The sentence with a split point between every two words: clicking one chooses where the first sentence ends. */
export function SplitText({ text, chosen, onChoose }: Props) {
  const points = splitPoints(text);
  return (
    <p className="boundary-text">
      {text.slice(0, points[0]?.at ?? text.length)}
      {points.map((point, index) => (
        <Fragment key={point.at}>
          <button type="button" className="split-point" aria-pressed={chosen === point.at} aria-label={`Split point: ${point.label}`} title={point.label} onClick={() => onChoose(point.at)} />
          {text.slice(point.at, points[index + 1]?.at ?? text.length)}
        </Fragment>
      ))}
    </p>
  );
}
