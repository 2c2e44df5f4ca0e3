import type { EditorFigures } from "@/lib/server/report/types";
import { decimal, duration } from "./format";
import styles from "./report.module.css";

export function EditorTable({ editors }: { editors: EditorFigures[] }) {
  if (editors.length === 0) return <p className="muted">Nobody has proposed a correction or recorded editing time yet.</p>;
  return (
    <table className="list">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Segments proposed</th>
          <th scope="col">Segments approved</th>
          <th scope="col">MT words</th>
          <th scope="col">Active time</th>
          <th scope="col">Seconds per word</th>
        </tr>
      </thead>
      <tbody>
        {editors.map((editor) => (
          <tr key={editor.userId}>
            <th scope="row" className={styles.rowHeader}>{editor.name}</th>
            <td className="number">{editor.proposed}</td>
            <td className="number">{editor.approved}</td>
            <td className="number">{editor.words.toLocaleString("en")}</td>
            <td className="number">{duration(editor.activeMs)}</td>
            <td className="number">{editor.msPerWord === null ? "—" : decimal(editor.msPerWord / 1000, 2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
