import type { Tally } from "@/lib/server/report/types";
import { decimal } from "./format";
import styles from "./report.module.css";

export function CostliestTable({ tallies, totalPenalty }: { tallies: Tally[]; totalPenalty: number }) {
  if (tallies.length === 0) return <p className="muted">No errors are flagged yet.</p>;
  return (
    <table className="list">
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Category</th>
          <th scope="col">Errors</th>
          <th scope="col">Penalty</th>
          <th scope="col">Share of penalty</th>
        </tr>
      </thead>
      <tbody>
        {tallies.map((tally, index) => (
          <tr key={tally.name}>
            <td className="number">{index + 1}</td>
            <th scope="row" className={styles.rowHeader}>{tally.name}</th>
            <td className="number">{tally.count}</td>
            <td className="number">{decimal(tally.penalty, 2)}</td>
            <td className="number">{totalPenalty > 0 ? `${decimal((100 * tally.penalty) / totalPenalty)} %` : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
