"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useLive } from "@/components/live/live-provider";
import styles from "./feedback.module.css";

/** The header's link with the unseen count, kept current by the live stream; it clears once the feedback page has been opened. */
export function FeedbackLink({ unseen }: { unseen: number }) {
  const count = useLive().counts.feedback ?? unseen;
  return <FeedbackCount key={count} unseen={count} />;
}

/** Keyed by the count: a new decision after the page was opened shows again. */
function FeedbackCount({ unseen }: { unseen: number }) {
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
