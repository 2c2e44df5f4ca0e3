// Dismissed findings in a backup: each names its segment by order and its dismisser by email, like the rest of the file.
import type { Tx } from "@/lib/db";
import { allocateIds } from "./allocate-ids";
import type { Backup } from "./backup-schema";
import type { BackupRows } from "./read-backup-rows";

const CHUNK = 2_000;

type DismissalRow = BackupRows["findingDismissals"][number];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** In segment order, then by dismisser, check and span, so the same dismissals always give the same list; with the rows' ids in that order. */
export function toBackupDismissals(rows: DismissalRow[], segmentOrder: Map<number, number>, email: (userId: string) => string) {
  const sorted = rows
    .map((row) => ({ row, segment: segmentOrder.get(row.segmentId)!, by: email(row.dismissedById) }))
    .sort((a, b) => a.segment - b.segment || byText(a.by, b.by) || byText(a.row.check, b.row.check) || a.row.start - b.row.start || a.row.end - b.row.end);
  const dismissals: Backup["findingDismissals"] = sorted.map(({ row, segment, by }, i) => ({
    ref: i + 1,
    segment,
    check: row.check,
    start: row.start,
    end: row.end,
    dismissedBy: by,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  }));
  return { dismissals, ids: sorted.map(({ row }) => row.id) };
}

/** Checks what the schema cannot: the segment and person exist, the span is in the MT text, one dismissal per finding. Returns a reason or null. */
export function dismissalProblem({ findingDismissals, segments }: Backup, hasPerson: (email: string) => boolean): string | null {
  const mtText = new Map(segments.map((segment) => [segment.order, segment.mtText]));
  const refs = new Set<number>();
  const findings = new Set<string>();
  for (const dismissal of findingDismissals) {
    const where = `dismissal ${dismissal.ref}`;
    if (refs.has(dismissal.ref)) return "two dismissals have the same key.";
    refs.add(dismissal.ref);
    const text = mtText.get(dismissal.segment);
    if (text === undefined) return `${where} is on segment ${dismissal.segment}, which is not in the file.`;
    if (dismissal.start > dismissal.end || dismissal.end > text.length) return `${where} spans outside its segment's MT text.`;
    if (!hasPerson(dismissal.dismissedBy)) return `${where} names ${dismissal.dismissedBy}, who is not in "users".`;
    const finding = `${dismissal.segment} ${dismissal.check} ${dismissal.start} ${dismissal.end}`;
    if (findings.has(finding)) return `two dismissals are of one finding (${dismissal.check} at [${dismissal.start}, ${dismissal.end}) of segment ${dismissal.segment}).`;
    findings.add(finding);
  }
  return null;
}

/** Restores the dismissals onto the restored segments, on ids taken in file order; returns ref -> new id, for the audit log's references. */
export async function restoreDismissals(tx: Tx, backup: Backup, segmentId: (order: number) => number, userId: (email: string) => string) {
  const allocated = await allocateIds(tx, "FindingDismissal", backup.findingDismissals.length);
  const ids = new Map(backup.findingDismissals.map((dismissal, i) => [dismissal.ref, Number(allocated[i])]));
  const rows = backup.findingDismissals.map(({ ref, segment, dismissedBy, ...dismissal }) => ({ ...dismissal, id: ids.get(ref)!, segmentId: segmentId(segment), dismissedById: userId(dismissedBy) }));
  for (let from = 0; from < rows.length; from += CHUNK) await tx.findingDismissal.createMany({ data: rows.slice(from, from + CHUNK) });
  return ids;
}
