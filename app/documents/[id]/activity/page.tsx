import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageId, requirePagePermission } from "@/app/session";
import { listActivityFilters } from "@/lib/server/audit/list-activity-filters";
import { listDocumentActivity } from "@/lib/server/audit/list-document-activity";
import { ActivityFilters } from "@/components/activity/activity-filters";
import { ActivityTable } from "@/components/activity/activity-table";
import { Pager } from "@/components/review/pager";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Activity" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ person?: string; action?: string; page?: string }> };

export default async function ActivityPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const path = `/documents/${id}/activity`;
  const actor = await requirePagePermission(path, "audit.read");
  const documentId = pageId(id);
  const [activity, options] = await Promise.all([
    listDocumentActivity({ actor, documentId, filter: { actorId: query.person, action: query.action, page: query.page } }),
    listActivityFilters({ actor, documentId }),
  ]);
  if (!activity) notFound();
  const filter = activity.filter;
  return (
    <>
      <h1>Activity: {activity.document.title}</h1>
      <p><Link href={`/documents/${documentId}`}>Back to the document</Link></p>
      <ActivityFilters path={path} people={options.people} actions={options.actions} actorId={filter.actorId} action={filter.action} />
      <p className="muted">{activity.total} event{activity.total === 1 ? "" : "s"}, newest first.</p>
      {activity.events.length === 0 ? <p className="card">Nothing matches these filters.</p> : <ActivityTable documentId={documentId} events={activity.events} />}
      <Pager page={activity.page} pageCount={activity.pageCount} path={path} query={{ person: query.person, action: query.action }} />
    </>
  );
}
