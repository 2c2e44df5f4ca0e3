import type { Metadata } from "next";
import { requirePagePermission } from "@/app/session";
import { listNotifications } from "@/lib/server/comments/list-notifications";
import { MarkReadButton } from "@/components/comments/mark-read-button";
import { NotificationList } from "@/components/comments/notification-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requirePagePermission("/notifications", "document.read");
  const items = await listNotifications({ actor });
  const unread = items.filter((item) => !item.read).length;
  return (
    <>
      <h1>Notifications</h1>
      <p className="muted">Comments that mention you, newest first.</p>
      {unread > 0 && <MarkReadButton label="Mark all read" />}
      {items.length === 0 ? <p className="card">Nobody has mentioned you yet.</p> : <NotificationList items={items} />}
    </>
  );
}
