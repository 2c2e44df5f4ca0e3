// A live stream as Server-Sent Events: a ReadableStream a route handler returns, fed by this process's hub.
import "server-only";
import { getActor } from "@/lib/server/auth/get-actor";
import { can, requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { countMyWork } from "@/lib/server/assignments/count-my-work";
import { countUnreadMentions } from "@/lib/server/comments/count-unread-mentions";
import { countUnseenFeedback } from "@/lib/server/reviews/count-unseen-feedback";
import { countWaitingReviews } from "./count-waiting-reviews";
import { EVENT, type CountsMessage, type LiveEvent } from "./event-types";
import { getHub, noteDelivered, type Subscriber } from "./hub";
import { openDocumentStream } from "./open-document-stream";

const HEARTBEAT_MS = 15_000;
/** Sessions are checked again this often (and at once when a person is deactivated or their roles change). */
const RECHECK_MS = 30_000;
/** A client this far behind (a stalled connection) is dropped; it reconnects and replays from its Last-Event-ID. */
const MAX_QUEUED_BYTES = 1 << 20;
const encoder = new TextEncoder();

type Open = { request: Request; actor: Actor | null; documentId: number | null };

async function countsFor(actor: Actor): Promise<CountsMessage> {
  const [feedback, waiting, assigned, mentions] = await Promise.all([
    can(actor, "proposal.submit") ? countUnseenFeedback({ actor }) : undefined,
    can(actor, "proposal.review") ? countWaitingReviews({ actor }) : undefined,
    countMyWork({ actor }),
    countUnreadMentions({ actor }),
  ]);
  return { feedback, waiting, assigned, mentions };
}

/** Opens a stream for a document (its events, replayed from Last-Event-ID or ?after=) or, without one, for counts alone. */
export async function openLiveStream({ request, actor: caller, documentId }: Open): Promise<Response> {
  const actor = requirePermission(caller, "document.read");
  const url = new URL(request.url);
  const after = request.headers.get("last-event-id") ?? url.searchParams.get("after");
  let write: (chunk: string) => void = () => {};
  let closeStream = () => {};
  const early: LiveEvent[] = [];
  const sent = new Set<string>();
  let replaying = true;
  const sendEvent = (event: LiveEvent) => {
    if (sent.has(event.id)) return;
    sent.add(event.id);
    if (sent.size > 5_000) sent.clear();
    write(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
    noteDelivered(subscriber, event.id);
    // The browser reconnects, is refused (404), and its page says its live updates stopped.
    if (event.type === EVENT.documentDelete) closeStream();
  };
  const subscriber: Subscriber = {
    actor,
    documentId,
    send: (event) => (replaying ? early.push(event) : sendEvent(event)),
    sendCounts: (counts) => write(`event: counts\ndata: ${JSON.stringify(counts)}\n\n`),
    sendProgress: (progress) => write(`event: progress\ndata: ${JSON.stringify(progress)}\n\n`),
    recheck: () => {
      void getActor(request.headers).then(
        (fresh) => {
          if (fresh && can(fresh, "document.read")) subscriber.actor = fresh;
          else closeStream();
        },
        () => closeStream(),
      );
    },
  };
  const hub = getHub();
  // Subscribed before the replay is read, so nothing committed in between is lost; repeats are dropped by id.
  await hub.add(subscriber);
  let opened: Awaited<ReturnType<typeof openDocumentStream>> | null = null;
  let counts: CountsMessage;
  try {
    if (documentId !== null) opened = await openDocumentStream({ actor, documentId, after });
    counts = await countsFor(actor);
  } catch (error) {
    hub.remove(subscriber);
    throw error;
  }
  if (after && /^\d+$/.test(after)) noteDelivered(subscriber, after);

  const timers: NodeJS.Timeout[] = [];
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let closed = false;
        closeStream = () => {
          if (closed) return;
          closed = true;
          timers.forEach(clearInterval);
          hub.remove(subscriber);
          request.signal.removeEventListener("abort", closeStream);
          try {
            controller.close();
          } catch {
            // Already closed by the client going away.
          }
        };
        write = (chunk) => {
          if (closed) return;
          if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) return closeStream();
          controller.enqueue(encoder.encode(chunk));
        };
        write("retry: 2000\n\n");
        write(`event: counts\ndata: ${JSON.stringify(counts)}\n\n`);
        if (opened) {
          write(`event: presence\ndata: ${JSON.stringify(opened.presence)}\n\n`);
          if (opened.reset) write("event: reset\ndata: {}\n\n");
          else opened.events.forEach(sendEvent);
        }
        replaying = false;
        early.splice(0).forEach(sendEvent);
        timers.push(setInterval(() => write(": ping\n\n"), HEARTBEAT_MS), setInterval(() => subscriber.recheck(), RECHECK_MS));
        if (request.signal.aborted) closeStream();
        else request.signal.addEventListener("abort", closeStream);
      },
      cancel() {
        closeStream();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "private, no-store, no-transform", "x-accel-buffering": "no" },
  });
}
