"use client";

import Link from "next/link";
import styles from "@/components/feedback/feedback.module.css";
import { useLive } from "@/components/live/live-provider";

/** The header's link to My work, with how many assignments still have sentences to do, kept current by the live stream. */
export function MyWorkLink({ open }: { open: number }) {
  const count = useLive().counts.assigned ?? open;
  return (
    <Link href="/my-work" prefetch={false}>
      My work{count > 0 && <span className={styles.count}> {count} open</span>}
    </Link>
  );
}
