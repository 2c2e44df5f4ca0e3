"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import styles from "./feedback.module.css";

/** The header's link with the unseen count; it clears once the feedback page has been opened, without a reload. Keyed by count. */
export function FeedbackLink({ unseen }: { unseen: number }) {
  const pathname = usePathname();
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (pathname === "/feedback") setOpened(true);
  }, [pathname]);
  const count = opened || pathname === "/feedback" ? 0 : unseen;
  return (
    <Link href="/feedback" prefetch={false}>
      Feedback{count > 0 && <span className={styles.count}> {count} new</span>}
    </Link>
  );
}
