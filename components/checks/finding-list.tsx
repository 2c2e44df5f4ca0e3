"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { acceptFindingAction, dismissFindingAction, restoreFindingAction, type FindingResult } from "@/app/documents/[id]/finding-actions";
import type { SegmentFinding } from "@/lib/server/checks/block-findings";
import type { SegmentFindings } from "@/lib/server/checks/list-segment-findings";
import workspace from "@/components/workspace/workspace.module.css";
import styles from "./checks.module.css";
import { useFindingCount } from "./finding-counts";

type Props = { documentId: number; segmentId: number; mtText: string; canDecide: boolean; /** Reads the findings again when it changes: a new version, or a colleague's change to this sentence. */ refreshKey: string; onDecided: () => void };

// What a kept finding becomes (lib/server/checks/accept-finding.ts): a check's error is a major error to MQM.
const SEVERITY = { error: "Major", warning: "Minor" } as const;
const CONTEXT = 40;

const category = (f: SegmentFinding) => (f.category.subcategory ? `${f.category.category} / ${f.category.subcategory}` : f.category.category);

/** A document-wide finding (a name's other spelling) is fixed when the text no longer has those words. */
function fixedIn(current: SegmentFindings["current"], finding: SegmentFinding): boolean {
  if (!current) return false;
  if (finding.check === "name-inconsistency") return !current.text.includes(finding.text);
  return !current.findings.some((f) => f.check === finding.check && f.text === finding.text);
}

/** The automatic checks' findings on the open sentence's MT, as suggested flags an editor keeps or dismisses. */
export function FindingList({ documentId, segmentId, mtText, canDecide, refreshKey, onDecided }: Props) {
  const [data, setData] = useState<SegmentFindings | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const counts = useFindingCount();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // The place of a finding just decided: it leaves the list, and a keyboard user carries on from the one now there.
  const decidedAt = useRef<number | null>(null);

  const load = useCallback(async () => {
    const response = await fetch(`/documents/${documentId}/segments/${segmentId}/findings`, { cache: "no-store" }).catch(() => null);
    const body = await response?.json().catch(() => null);
    if (!response?.ok || !body) return setMessage(body?.error ?? "The checks' findings could not be read; try again.");
    setData(body);
    const errors = body.findings.filter((f: SegmentFinding) => f.severity === "error").length;
    counts.set(segmentId, { errors, warnings: body.findings.length - errors });
  }, [documentId, segmentId]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => void load(), [load, refreshKey]);

  useEffect(() => {
    if (decidedAt.current === null) return;
    const items = list.current?.children ?? [];
    const next = decidedAt.current < 0 ? null : items[Math.min(decidedAt.current, items.length - 1)]?.querySelector("button");
    decidedAt.current = null;
    (next ?? heading.current)?.focus();
  }, [data]);

  // Opens the dismissed list after a dismissal, so a dismissal made by mistake is one button away from being taken back.
  const [showDismissed, setShowDismissed] = useState(false);

  /** `index`: the finding's place in the list; -1 for a restored one, whose button leaves with it (focus goes to the heading). */
  function decide(finding: Pick<SegmentFinding, "check" | "start" | "end">, index: number, action: (ref: Parameters<typeof acceptFindingAction>[0]) => Promise<FindingResult>) {
    if (pending) return;
    // Set before the request: the live update of the decision may reload the findings before this reply does.
    decidedAt.current = index;
    if (action === dismissFindingAction) setShowDismissed(true);
    startTransition(async () => {
      const result = await action({ documentId, segmentId, check: finding.check, start: finding.start, end: finding.end });
      setMessage(result.ok ? null : result.message);
      if (!result.ok) decidedAt.current = null;
      await load();
      if (result.ok) onDecided();
    });
  }

  const findings = data?.findings ?? [];
  const newInCurrent = data?.current?.findings.filter((f) => !findings.some((mt) => mt.check === f.check && mt.text === f.text)) ?? [];
  return (
    <section aria-labelledby="findings-heading" className={styles.section}>
      <h3 id="findings-heading" ref={heading} tabIndex={-1}>Checks ({findings.length})</h3>
      {message && <p className="alert" role="alert">{message}</p>}
      {data && findings.length === 0 && <p className={workspace.meta}>The automatic checks report nothing more on the MT.</p>}
      {findings.length > 0 && (
        <ul ref={list} className={workspace.list} aria-label="Findings of the automatic checks">
          {findings.map((finding, index) => {
            const fixed = fixedIn(data!.current, finding);
            const look = finding.severity === "error" ? styles.error : styles.warning;
            return (
              <li key={`${finding.check}:${finding.start}:${finding.end}`} className={fixed ? styles.fixed : undefined} data-check={finding.check}>
                <div>
                  <span className={`${styles.badge} ${look}`}>{finding.severity}</span> from check <code>{finding.check}</code>
                </div>
                <div className={styles.context}>
                  {finding.start > CONTEXT ? "…" : ""}
                  {mtText.slice(Math.max(0, finding.start - CONTEXT), finding.start)}
                  <mark className={`${styles.span} ${finding.severity === "error" ? styles.spanError : styles.spanWarning}`}>{finding.text}</mark>
                  {mtText.slice(finding.end, finding.end + CONTEXT)}
                  {finding.end + CONTEXT < mtText.length ? "…" : ""}
                </div>
                <div>{finding.message}</div>
                <div className={workspace.meta}>Suggested flag: {SEVERITY[finding.severity]} · {category(finding)}</div>
                {fixed && <div className={styles.fixedNote}>Fixed in the latest proposal; keep it to record the MT’s error.</div>}
                {canDecide && (
                  <div className={workspace.inline}>
                    <button type="button" className={`secondary ${workspace.small}`} aria-disabled={pending} onClick={() => decide(finding, index, acceptFindingAction)} aria-label={`Keep as flag: “${finding.text}” (${finding.check})`}>
                      Keep as flag
                    </button>
                    <button type="button" className={`secondary ${workspace.small}`} aria-disabled={pending} onClick={() => decide(finding, index, dismissFindingAction)} aria-label={`Dismiss “${finding.text}” (${finding.check})`}>
                      Dismiss
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {data && data.dismissed.length > 0 && (
        <details open={showDismissed} onToggle={(event) => setShowDismissed(event.currentTarget.open)}>
          <summary>Dismissed on this sentence ({data.dismissed.length})</summary>
          <ul className={workspace.list} aria-label="Dismissed findings">
            {data.dismissed.map((dismissal) => (
              <li key={`${dismissal.check}:${dismissal.start}:${dismissal.end}`}>
                <code>{dismissal.check}</code> on “{dismissal.text}”, dismissed by {dismissal.by}
                {dismissal.reason ? `: ${dismissal.reason}` : ""}
                {canDecide && (
                  <>
                    {" "}
                    <button type="button" className={`secondary ${workspace.small}`} aria-disabled={pending} onClick={() => decide(dismissal, -1, restoreFindingAction)} aria-label={`Restore “${dismissal.text}” (${dismissal.check})`}>
                      Restore
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {newInCurrent.length > 0 && (
        <>
          <p className={workspace.meta}>The latest proposal has:</p>
          <ul className={workspace.list} aria-label="Findings of the checks on the latest proposal">
            {newInCurrent.map((finding) => (
              <li key={`${finding.check}:${finding.start}`}>
                <span className={`${styles.badge} ${finding.severity === "error" ? styles.error : styles.warning}`}>{finding.severity}</span> <code>{finding.check}</code> on “{finding.text}”: {finding.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
