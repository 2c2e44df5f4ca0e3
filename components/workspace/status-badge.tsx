import type { SegmentStatus } from "@/lib/generated/prisma/enums";
import styles from "./workspace.module.css";

/** A shape per status, so status never depends on colour alone. */
export const STATUS_ICON: Record<SegmentStatus, string> = { new: "○", proposed: "◐", approved: "✓", rejected: "✗", confirmed: "☑" };

export function StatusBadge({ status }: { status: SegmentStatus }) {
  return (
    <span className={`${styles.status} ${styles[`status_${status}`]}`}>
      <span aria-hidden="true">{STATUS_ICON[status]}</span> {status}
    </span>
  );
}
