import type { ActivityEvent } from "@/lib/server/audit/list-document-activity";
import { formatTime } from "@/components/review/format-time";
import Link from "next/link";
import { sentenceHref } from "@/components/workspace/sentence-url";
import { describeEvent } from "./describe-event";
import styles from "./activity.module.css";

export function ActivityTable({ documentId, events }: { documentId: number; events: ActivityEvent[] }) {
  return (
    <table className="list stacked">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Sentence</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td data-label="When" className={styles.when}>{formatTime(event.createdAt)}</td>
            {/* Names are not unique (and a person may call themselves anything), so the email says who it was. */}
            <td data-label="Who">{event.actor ? `${event.actor.name} (${event.actor.email})` : "system"}</td>
            <td data-label="What">{describeEvent(event)}</td>
            <td data-label="Sentence" className="number">{event.segmentId === null ? "" : event.segmentOrder === null ? "(merged away)" : <Link href={sentenceHref(documentId, event.segmentId)}>{event.segmentOrder}</Link>}</td>
            <td data-label="Action" className={styles.action}>{event.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
