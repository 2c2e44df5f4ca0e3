import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSignedIn } from "@/app/session";
import { can } from "@/lib/server/auth/permissions";
import { listActivityFilters } from "@/lib/server/audit/list-activity-filters";
import { listDocumentActivity } from "@/lib/server/audit/list-document-activity";
import { NotAllowed } from "@/components/ui/not-allowed";
import { ActivityFilters } from "@/components/activity/activity-filters";
import { ActivityTable } from "@/components/activity/activity-table";
import { Pager } from "@/components/review/pager";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Activity" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ person?: string; action?: string; page?: string }> };

export default async function ActivityPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const path = `/documents/${id}/activity`;
  const actor = await requireSignedIn(path);
  if (!can(actor, "audit.read")) return <NotAllowed what="read a document's activity" />;
  const documentId = Number(id);
  const filter = { actorId: query.person || undefined, action: query.action || undefined, page: Number(query.page) || 1 };
  const [activity, options] = await Promise.all([listDocumentActivity({ actor, documentId, filter }), listActivityFilters({ actor, documentId })]);
  if (!activity) notFound();
  return (
    <>
      <h1>Activity: {activity.document.title}</h1>
      <p><Link href={`/documents/${documentId}`}>Back to the document</Link></p>
      <ActivityFilters path={path} people={options.people} actions={options.actions} actorId={filter.actorId} action={filter.action} />
      <p className="muted">{activity.total} event{activity.total === 1 ? "" : "s"}, newest first.</p>
      {activity.events.length === 0 ? <p className="card">Nothing matches these filters.</p> : <ActivityTable events={activity.events} />}
      <Pager page={activity.page} pageCount={activity.pageCount} path={path} query={{ person: query.person, action: query.action }} />
    </>
  );
}
