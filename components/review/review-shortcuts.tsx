"use client";

import { useRef } from "react";
import { HelpDialog } from "@/components/workspace/help-dialog";
import { useShortcuts } from "@/components/workspace/use-shortcuts";

const REVIEW_SHORTCUTS: [string, string][] = [
  ["j or Alt+↓", "Next proposal"],
  ["k or Alt+↑", "Previous proposal"],
  ["a", "Approve the current proposal"],
  ["r", "Reject it, with a reason"],
  ["e", "Edit it and approve"],
  ["Escape", "Close"],
  ["?", "This help"],
];

const cards = () => [...document.querySelectorAll<HTMLElement>("article[data-review-card]")];

function current() {
  return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>("article[data-review-card]") ?? null;
}

function move(step: 1 | -1) {
  const all = cards();
  const at = all.indexOf(current()!);
  const next = all[at === -1 ? (step === 1 ? 0 : all.length - 1) : Math.min(Math.max(at + step, 0), all.length - 1)];
  if (!next) return;
  next.tabIndex = -1;
  next.focus();
  next.scrollIntoView({ block: "nearest" });
}

/** Opens a disclosure of the current card ("Reject…", "Edit and approve…") and puts the cursor in its first field. */
function disclose(summary: string) {
  const details = [...(current()?.querySelectorAll("details") ?? [])].find((element) => element.querySelector("summary")?.textContent === summary);
  if (!details) return;
  details.open = true;
  details.querySelector<HTMLElement>("select, textarea")?.focus();
}

/** The queue's keyboard: j/k move between proposals, a/r/e decide the current one, ? lists the keys. */
export function ReviewShortcuts() {
  const help = useRef<HTMLDialogElement>(null);
  useShortcuts({
    next: () => move(1),
    previous: () => move(-1),
    nextUntouched: () => undefined,
    flag: () => undefined,
    propose: () => undefined,
    help: () => help.current?.showModal(),
    escape: () => (document.activeElement as HTMLElement | null)?.blur(),
    approve: () => current()?.querySelector<HTMLButtonElement>("button[data-approve]:not(:disabled)")?.click(),
    reject: () => disclose("Reject…"),
    edit: () => disclose("Edit and approve…"),
  });
  return (
    <>
      <p className="muted">Press <kbd>?</kbd> for keyboard shortcuts.</p>
      <HelpDialog ref={help} shortcuts={REVIEW_SHORTCUTS} />
    </>
  );
}
