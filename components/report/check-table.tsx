import { decimal } from "./format";
import styles from "./report.module.css";

export type CheckCount = { check: string; kept: number; dismissed: number; precision: number | null };

/** Per automatic check, the findings editors kept as flags and dismissed: how far they lean on each check. */
export function CheckTable({ counts }: { counts: CheckCount[] }) {
  if (counts.every((c) => c.kept + c.dismissed === 0)) return <p className="muted">No finding of the automatic checks is kept or dismissed yet.</p>;
  return (
    <table className="list" aria-label="Findings kept and dismissed per check">
      <thead>
        <tr>
          <th scope="col">Check</th>
          <th scope="col">Kept</th>
          <th scope="col">Dismissed</th>
          <th scope="col">Kept share</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((count) => (
          <tr key={count.check}>
            <th scope="row" className={styles.rowHeader}>{count.check}</th>
            <td className="number">{count.kept}</td>
            <td className="number">{count.dismissed}</td>
            <td className="number">{count.precision === null ? "—" : `${decimal(100 * count.precision)} %`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
