"use client";

import { useLive } from "./live-provider";

const SAYS = {
  retrying: "Lost the connection to the server; retrying. Until it is back, this page does not show colleagues’ work as it happens.",
  "signed-out": "You are signed out, so this page no longer shows colleagues’ work as it happens.",
  refused: "The server stopped this page’s live updates (the document may have been removed, or your access to it changed): it no longer shows colleagues’ work as it happens.",
} as const;

/** Said while the page is not live, with what is known of why, so the page is not trusted as current. */
export function LiveStoppedNotice() {
  const { trouble } = useLive();
  if (!trouble) return null;
  return (
    <p className="alert" role="alert">
      {SAYS[trouble]}{" "}
      <button type="button" className="secondary" onClick={() => window.location.reload()}>{trouble === "signed-out" ? "Sign in again" : "Reload the page"}</button>
    </p>
  );
}
