"use client";

import Link from "next/link";
import styles from "@/components/feedback/feedback.module.css";
import { useLive } from "./live-provider";

/** The header's link to the review queue, with the number of proposals waiting, kept current by the live stream. */
export function ReviewLink({ waiting }: { waiting: number }) {
  const count = useLive().counts.waiting ?? waiting;
  return (
    <Link href="/review" prefetch={false}>
      Review{count > 0 && <span className={styles.count}> {count} waiting</span>}
    </Link>
  );
}
