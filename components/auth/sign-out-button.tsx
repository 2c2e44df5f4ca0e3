"use client";

import { leaveAllPresence } from "@/components/workspace/use-presence";
import { authClient } from "./auth-client";

export function SignOutButton() {
  return (
    <button
      type="button"
      className="secondary"
      onClick={async () => {
        // Once the session ends, this tab could no longer say it left: colleagues would see it in the document for 30 s.
        // A slow server does not hold the sign-out up for long: the presence expiry is the fallback.
        await Promise.race([leaveAllPresence(), new Promise((resolve) => setTimeout(resolve, 2_000))]);
        await authClient.signOut();
        window.location.assign("/sign-in");
      }}
    >
      Sign out
    </button>
  );
}
