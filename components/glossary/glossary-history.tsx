import type { ActivityEvent } from "@/lib/server/audit/list-document-activity";
import { describeEvent } from "@/components/activity/describe-event";
import { formatTime } from "@/components/review/format-time";

/** The latest changes to a glossary, as the document activity log words them. */
export function GlossaryHistory({ events }: { events: ActivityEvent[] }) {
  if (events.length === 0) return null;
  return (
    <>
      <h2>History</h2>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{formatTime(event.createdAt)}</td>
              <td>{event.actor ? `${event.actor.name} (${event.actor.email})` : "system"}</td>
              <td>{describeEvent(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
