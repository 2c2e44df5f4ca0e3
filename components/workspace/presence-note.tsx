import type { PresenceEntry } from "@/lib/server/live/event-types";
import styles from "./workspace.module.css";

const names = (entries: PresenceEntry[]) => [...new Set(entries.map((entry) => entry.name))].join(" and ");

/** "Eddie is editing this sentence": a soft lock, a warning only; the version check still guards every save. */
export function PresenceNote({ others }: { others: PresenceEntry[] }) {
  if (others.length === 0) return null;
  const editing = others.filter((entry) => entry.editing);
  const reading = others.filter((entry) => !editing.some((editor) => editor.userId === entry.userId));
  return (
    <p className={styles.presenceNote} role="status">
      {editing.length > 0 && `${names(editing)} ${new Set(editing.map((entry) => entry.userId)).size > 1 ? "are" : "is"} editing this sentence. `}
      {reading.length > 0 && `${names(reading)} ${new Set(reading.map((entry) => entry.userId)).size > 1 ? "have" : "has"} it open.`}
    </p>
  );
}
