"use client";

import { Bar, BarChart, LabelList, XAxis, YAxis } from "recharts";
import type { Tally } from "@/lib/server/report/types";
import { decimal, plural } from "./format";
import styles from "./report.module.css";

const BAR = 30;

/** Bars with their values written beside them and a hatch, so nothing depends on colour; the table says the same. */
export function TallyChart({ title, name, tallies }: { title: string; name: string; tallies: Tally[] }) {
  const patternId = `hatch-${name.toLowerCase().replace(/\W+/g, "-")}`;
  const data = tallies.map((tally) => ({ ...tally, label: `${tally.count} · penalty ${decimal(tally.penalty, 2)}` }));
  const summary = `${title}: ${tallies.map((t) => `${t.name} ${plural(t.count, "error")}, penalty ${decimal(t.penalty, 2)}`).join("; ")}`;
  return (
    <figure className={styles.chart}>
      <figcaption>{title}</figcaption>
      <div role="img" aria-label={summary}>
        <BarChart layout="vertical" width={500} height={40 + tallies.length * BAR} data={data} margin={{ top: 4, right: 120, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <defs>
            <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#dbe6f7" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#1f5fbf" strokeWidth="2" />
            </pattern>
          </defs>
          <XAxis type="number" allowDecimals={false} hide />
          <YAxis type="category" dataKey="name" width={130} tickLine={false} />
          <Bar dataKey="count" fill={`url(#${patternId})`} stroke="#1d232b" barSize={BAR - 10} isAnimationActive={false}>
            <LabelList dataKey="label" position="right" fill="#1d232b" />
          </Bar>
        </BarChart>
      </div>
      <table className={`list ${styles.small}`}>
        <caption className="muted">{title} as a table</caption>
        <thead>
          <tr>
            <th scope="col">{name}</th>
            <th scope="col">Errors</th>
            <th scope="col">Penalty</th>
          </tr>
        </thead>
        <tbody>
          {tallies.map((tally) => (
            <tr key={tally.name}>
              <th scope="row" className={styles.rowHeader}>{tally.name}</th>
              <td className="number">{tally.count}</td>
              <td className="number">{decimal(tally.penalty, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
