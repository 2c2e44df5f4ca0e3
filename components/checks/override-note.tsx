import type { CheckOverride } from "@/lib/server/checks/proposal-check-errors";
import styles from "./checks.module.css";

/** For reviewers: the proposal was submitted although the checks report errors in it, and the editor's reason. */
export function OverrideNote({ override }: { override: unknown }) {
  if (!override || typeof override !== "object") return null;
  const { reason, findings } = override as CheckOverride;
  return (
    <div className={styles.override} role="note" aria-label="Submitted over the checks' errors">
      Submitted over {findings.length === 1 ? "an error" : `${findings.length} errors`} of the checks ({findings.map((f) => `${f.check} on “${f.text}”`).join("; ")}). Reason: {reason}
    </div>
  );
}
