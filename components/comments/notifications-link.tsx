"use client";

import Link from "next/link";
import { useLive } from "@/components/live/live-provider";
import styles from "./comments.module.css";

/** The header's link to one's mentions, with the unread count kept current by the live stream. */
export function NotificationsLink({ unread }: { unread: number }) {
  const count = useLive().counts.mentions ?? unread;
  return (
    <Link href="/notifications" prefetch={false}>
      Notifications{count > 0 && <span className={styles.count}> {count} unread</span>}
    </Link>
  );
}
