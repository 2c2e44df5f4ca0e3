import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageId, requirePagePermission } from "@/app/session";
import { listAssignments } from "@/lib/server/assignments/list-assignments";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { AssignmentRow } from "@/components/assignments/assignment-row";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission(`/documents/${id}/assignments`, "assignment.manage");
  const list = await listAssignments({ actor, documentId: pageId(id) });
  if (!list) notFound();
  const { document, assignments, people } = list;
  return (
    <>
      <p className="muted"><Link href={`/documents/${document.id}`}>{document.title}</Link></p>
      <h1>Assignments</h1>
      <p className="muted">
        Who should edit or review which of the {document.segmentCount} sentences, by when. Each sentence has at most one person to edit it and one to
        review it.
      </p>
      <AssignmentForm documentId={document.id} people={people} />
      <h2>Current assignments</h2>
      {assignments.length === 0 ? (
        <p className="card">Nobody is assigned sentences of this document yet.</p>
      ) : (
        assignments.map((assignment) => <AssignmentRow key={assignment.id} assignment={assignment} people={people} />)
      )}
    </>
  );
}
