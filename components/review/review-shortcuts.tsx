"use client";

import { useEffect, useRef } from "react";
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

const CARD = "article[data-review-card]";
const cards = () => [...document.querySelectorAll<HTMLElement>(CARD)];

function current() {
  return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(CARD) ?? null;
}

/** Makes a proposal's card the current one: focused (so a/r/e act on it) and scrolled into view. */
export function focusCard(card: HTMLElement | null | undefined) {
  if (!card) return;
  card.tabIndex = -1;
  card.focus();
  card.scrollIntoView({ block: "nearest" });
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
  // The card last worked on and its place: a decided card leaves the queue, and the one after it takes its place.
  const place = useRef<{ card: HTMLElement; index: number } | null>(null);

  useEffect(() => {
    const remember = () => {
      const card = current();
      if (card) place.current = { card, index: cards().indexOf(card) };
    };
    // Once the current card is gone (decided) and focus fell to the page, the next proposal becomes current.
    const observer = new MutationObserver(() => {
      const last = place.current;
      if (!last || last.card.isConnected || current() || (document.activeElement && document.activeElement !== document.body)) return;
      const all = cards();
      focusCard(all[Math.min(last.index, all.length - 1)]);
    });
    document.addEventListener("focusin", remember);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener("focusin", remember);
      observer.disconnect();
    };
  }, []);

  function move(step: 1 | -1) {
    const all = cards();
    let at = all.indexOf(current()!);
    const last = place.current;
    // Focus left the queue: carry on from the card last worked on; if it was decided, the next one now has its index.
    if (at === -1 && last) at = last.card.isConnected ? all.indexOf(last.card) : step === 1 ? last.index - 1 : last.index;
    focusCard(at === -1 ? all[step === 1 ? 0 : all.length - 1] : all[Math.min(Math.max(at + step, 0), all.length - 1)]);
  }

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
