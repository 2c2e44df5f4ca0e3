"use client";

import { forwardRef } from "react";
import styles from "./workspace.module.css";

export const SHORTCUTS: [string, string][] = [
  ["j or Alt+↓", "Next sentence"],
  ["k or Alt+↑", "Previous sentence"],
  ["n", "Next untouched (new) sentence"],
  ["Enter", "Open the focused sentence"],
  ["f", "Flag: select words in the MT (← → move, Shift+← → extend)"],
  ["p", "Propose: edit the correction"],
  ["Ctrl+Enter", "Submit the proposal and go to the next sentence that needs work"],
  ["Ctrl+Shift+1…3", "Insert translation-memory match 1, 2 or 3 into the proposal (editors)"],
  ["c", "The MT is right: confirm the sentence unchanged (editors)"],
  ["a", "Approve the proposal under review (reviewers)"],
  ["r", "Reject it, with a reason (reviewers)"],
  ["e", "Edit it and approve (reviewers)"],
  ["Escape", "Back to the sentence list / close"],
  ["?", "This help"],
];

/** A native modal dialog listing the shortcuts; Escape closes it and focus returns to where it was. */
export const HelpDialog = forwardRef<HTMLDialogElement, { shortcuts?: [string, string][] }>(function HelpDialog({ shortcuts = SHORTCUTS }, ref) {
  return (
    <dialog ref={ref} className={`card ${styles.help}`} aria-labelledby="help-heading">
      <h2 id="help-heading">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {shortcuts.map(([keys, what]) => (
            <tr key={keys}><th scope="row"><kbd>{keys}</kbd></th><td>{what}</td></tr>
          ))}
        </tbody>
      </table>
      <form method="dialog"><button type="submit">Close</button></form>
    </dialog>
  );
});
