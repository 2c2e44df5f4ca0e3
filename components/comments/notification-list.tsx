import Link from "next/link";
import type { Notification } from "@/lib/server/comments/list-notifications";
import { MarkReadButton } from "./mark-read-button";
import styles from "./comments.module.css";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** One's mentions, newest first: who, where (a link to the sentence), what they wrote, and whether it was read. */
export function NotificationList({ items }: { items: Notification[] }) {
  return (
    <ol className={styles.list} aria-label="Notifications">
      {items.map((item) => {
        const href = item.segment ? `/documents/${item.documentId}?s=${item.segment.id}` : `/documents/${item.documentId}`;
        const place = item.segment ? `sentence ${item.segment.order} of ${item.documentTitle}` : item.documentTitle;
        return (
          <li key={item.id} className={item.read ? undefined : styles.unread}>
            <div>
              {item.read ? "" : "New: "}<strong>{item.author}</strong> mentioned you on <Link href={href}>{place}</Link>{" "}
              <time className={styles.meta} dateTime={item.createdAt}>{when(item.createdAt)}</time>
            </div>
            <p className={styles.body}>{item.body}</p>
            {!item.read && <MarkReadButton mentionId={item.id} label="Mark read" />}
          </li>
        );
      })}
    </ol>
  );
}
