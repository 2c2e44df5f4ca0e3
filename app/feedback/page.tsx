import type { Metadata } from "next";
import { requirePagePermission } from "@/app/session";
import { listFeedback } from "@/lib/server/reviews/list-feedback";
import { FeedbackEntry } from "@/components/feedback/feedback-entry";
import { MarkFeedbackSeen } from "@/components/feedback/mark-seen";
import { Pager } from "@/components/review/pager";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Feedback" };

export default async function FeedbackPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { page } = await searchParams;
  const actor = await requirePagePermission("/feedback", "proposal.submit");
  const renderedAt = new Date();
  const feedback = await listFeedback({ actor, page });
  return (
    <>
      <h1>Feedback on your proposals</h1>
      <p className="muted">Proposals of yours that a reviewer rejected or edited before approving, newest first.</p>
      {feedback.items.length === 0 && <p className="card">No feedback yet: none of your proposals was rejected or edited in review.</p>}
      {feedback.items.map((item) => <FeedbackEntry key={item.key} item={item} />)}
      <Pager page={feedback.page} pageCount={feedback.pageCount} path="/feedback" query={{}} />
      <MarkFeedbackSeen seenAt={renderedAt.toISOString()} />
    </>
  );
}
