import type { Metadata } from "next";
import { requirePagePermission } from "@/app/session";
import { can } from "@/lib/server/auth/permissions";
import { listReviewFilters } from "@/lib/server/reviews/list-review-filters";
import { listReviewQueue } from "@/lib/server/reviews/list-review-queue";
import { BulkApprove } from "@/components/review/bulk-approve";
import { Pager } from "@/components/review/pager";
import { ReviewCard } from "@/components/review/review-card";
import { ReviewFilters } from "@/components/review/review-filters";
import { AfterApproval } from "@/components/review/after-approval";
import { ReviewShortcuts } from "@/components/review/review-shortcuts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review" };

type Props = { searchParams: Promise<{ document?: string; author?: string; assigned?: string; page?: string }> };

export default async function ReviewPage({ searchParams }: Props) {
  const query = await searchParams;
  const actor = await requirePagePermission("/review", "proposal.review");
  // "me" keeps a bookmark of one's own assignments working for whoever opens it.
  const assigneeId = query.assigned === "me" ? actor.id : query.assigned;
  const [queue, options] = await Promise.all([listReviewQueue({ actor, filter: { documentId: query.document, authorId: query.author, assigneeId, page: query.page } }), listReviewFilters({ actor, documentId: query.document, authorId: query.author })]);
  const filter = queue.filter;
  const filtered = !!(filter.documentId || filter.authorId || filter.assigneeId);
  return (
    <>
      <h1>Review</h1>
      <div className="toolbar">
        <ReviewFilters options={options} documentId={filter.documentId} authorId={filter.authorId} assigned={query.assigned === "me" ? "me" : filter.assigneeId} />
        <BulkApprove />
      </div>
      <ReviewShortcuts />
      <p className="muted">
        {queue.total} proposal{queue.total === 1 ? "" : "s"} waiting{filtered ? ` with these filters (${options.waiting} in the whole queue)` : ""}, oldest first.
      </p>
      <AfterApproval>
        {queue.items.length === 0 && <p className="card">Nothing waits for review{filtered ? " with these filters" : ""}.</p>}
        {queue.items.map((item) => <ReviewCard key={item.id} item={item} mayResolve={can(actor, "annotation.resolve")} />)}
      </AfterApproval>
      <Pager page={queue.page} pageCount={queue.pageCount} path="/review" query={{ document: query.document, author: query.author, assigned: query.assigned }} />
    </>
  );
}
