"use client";

import { useLive } from "./live-provider";

/** Said when the live stream gave up (the server refused it: the session ended), so the page is not trusted as current. */
export function LiveStoppedNotice() {
  const { stopped } = useLive();
  if (!stopped) return null;
  return (
    <p className="alert" role="alert">
      Live updates have stopped (your session may have ended): this page no longer shows colleagues&apos; work as it happens.{" "}
      <button type="button" className="secondary" onClick={() => window.location.reload()}>Reload the page</button>
    </p>
  );
}
