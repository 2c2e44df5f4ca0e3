import type { Metadata } from "next";
import { requireSignedIn } from "@/app/session";
import { listMyWork } from "@/lib/server/assignments/list-my-work";
import { MyWorkList } from "@/components/assignments/my-work-list";
import { RefreshOnAssignment } from "@/components/assignments/refresh-on-assignment";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage() {
  const actor = await requireSignedIn("/my-work");
  const assignments = await listMyWork({ actor });
  const open = assignments.filter((assignment) => assignment.approved + assignment.confirmed < assignment.total).length;
  return (
    <>
      <h1>My work</h1>
      <p className="muted">The sentences assigned to you, soonest due first. Done means approved or MT confirmed, as in the document list.</p>
      <MyWorkList assignments={assignments} />
      <RefreshOnAssignment open={open} />
    </>
  );
}
