import type { Metadata } from "next";
import Link from "next/link";
import { currentActor } from "@/app/session";
import { can } from "@/lib/server/auth/permissions";
import { countUnseenFeedback } from "@/lib/server/reviews/count-unseen-feedback";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { FeedbackLink } from "@/components/feedback/feedback-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Verso", template: "%s · Verso" },
  description: "Clean up machine-translated documents and measure their quality.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const unseen = can(actor, "proposal.submit") ? await countUnseenFeedback({ actor }) : null;
  return (
    <html lang="en">
      <body>
        <header className="site">
          <Link href="/" className="brand">Verso</Link>
          <nav aria-label="Main">
            {actor && <Link href="/">Documents</Link>}
            {can(actor, "proposal.review") && <Link href="/review">Review</Link>}
            {unseen !== null && <FeedbackLink key={unseen} unseen={unseen} />}
            {can(actor, "document.import") && <Link href="/documents/new">Import</Link>}
            {can(actor, "user.manage") && <Link href="/admin/users">People</Link>}
          </nav>
          {actor && (
            <div className="who">
              <span>{actor.name} <span className="badge">{actor.roles.join(", ")}</span></span>
              <SignOutButton />
            </div>
          )}
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
