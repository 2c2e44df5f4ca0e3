import type { Metadata } from "next";
import Link from "next/link";
import { currentActor } from "@/app/session";
import { can } from "@/lib/server/auth/permissions";
import { countMyWork } from "@/lib/server/assignments/count-my-work";
import { countUnreadMentions } from "@/lib/server/comments/count-unread-mentions";
import { countWaitingReviews } from "@/lib/server/live/count-waiting-reviews";
import { countUnseenFeedback } from "@/lib/server/reviews/count-unseen-feedback";
import { MyWorkLink } from "@/components/assignments/my-work-link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NotificationsLink } from "@/components/comments/notifications-link";
import { FeedbackLink } from "@/components/feedback/feedback-link";
import { LiveProvider } from "@/components/live/live-provider";
import { LiveStoppedNotice } from "@/components/live/live-stopped-notice";
import { ReviewLink } from "@/components/live/review-link";
import "./globals.css";
import "./fit.css";

export const metadata: Metadata = {
  title: { default: "Verso", template: "%s · Verso" },
  description: "Clean up machine-translated documents and measure their quality.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const [unseen, waiting, assigned, mentions] = await Promise.all([
    can(actor, "proposal.submit") ? countUnseenFeedback({ actor }) : null,
    can(actor, "proposal.review") ? countWaitingReviews({ actor }) : null,
    can(actor, "document.read") ? countMyWork({ actor }) : null,
    can(actor, "document.read") ? countUnreadMentions({ actor }) : null,
  ]);
  return (
    <html lang="en">
      <body>
        <LiveProvider signedIn={!!actor} initialCounts={{ feedback: unseen ?? undefined, waiting: waiting ?? undefined, assigned: assigned ?? undefined, mentions: mentions ?? undefined }}>
          <header className="site">
            <Link href="/" className="brand">Verso</Link>
            <nav aria-label="Main">
              {actor && <Link href="/">Documents</Link>}
              {assigned !== null && <MyWorkLink open={assigned} />}
              {waiting !== null && <ReviewLink waiting={waiting} />}
              {unseen !== null && <FeedbackLink key={unseen} unseen={unseen} />}
              {mentions !== null && <NotificationsLink unread={mentions} />}
              {can(actor, "document.import") && <Link href="/documents/new">Import</Link>}
              {can(actor, "glossary.read") && <Link href="/glossaries">Glossaries</Link>}
              {can(actor, "user.manage") && <Link href="/admin/users">People</Link>}
              {can(actor, "tm.manage") && <Link href="/tm">Memory</Link>}
            </nav>
            {actor && (
              <div className="who">
                <span><span className="name" title={actor.name}>{actor.name}</span> <span className="badge">{actor.roles.join(", ")}</span></span>
                <SignOutButton />
              </div>
            )}
          </header>
          <main>
            <LiveStoppedNotice />
            {children}
          </main>
        </LiveProvider>
      </body>
    </html>
  );
}
