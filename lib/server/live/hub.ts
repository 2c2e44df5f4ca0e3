// Each app server's fan-out: one LISTEN connection, each notified event read once by id and handed to this process's
// subscribers in memory; counts and progress recomputed once per burst of events, not once per subscriber.
import { getPool } from "@/lib/db";
import { getLogger } from "@/lib/log";
import { can, type Actor } from "@/lib/server/auth/permissions";
import { countMyWork } from "@/lib/server/assignments/count-my-work";
import { countUnreadMentions } from "@/lib/server/comments/count-unread-mentions";
import { MENTION_CHANNEL } from "@/lib/server/comments/mention-channel";
import { countUnseenFeedback } from "@/lib/server/reviews/count-unseen-feedback";
import { USER_CHANNEL } from "./announce-user-change";
import { countWaitingReviews } from "./count-waiting-reviews";
import { EVENT_COLUMNS, toLiveEvent } from "./event-rows";
import { CHANGES_STATUS, type CountsMessage, type LiveEvent, type ProgressMessage } from "./event-types";
import { getDocumentProgress } from "./get-document-progress";
import { listen, type Listener } from "./listen-connection";
import { expirePresence, pruneEvents } from "./maintenance";
import { EVENT_CHANNEL } from "./record-document-event";

const COUNTS_DELAY_MS = 250;
const EXPIRE_EVERY_MS = 10_000;
const PRUNE_EVERY_MS = 60 * 60_000;

export type Subscriber = {
  actor: Actor;
  /** A document's stream; null for the stream every other page opens (counts and the document list's progress). */
  documentId: number | null;
  send: (event: LiveEvent) => void;
  sendCounts: (counts: CountsMessage) => void;
  sendProgress: (progress: ProgressMessage[]) => void;
  /** Checks the session again; closes the stream if it ended or no longer may read. */
  recheck: () => void;
};

class LiveHub {
  private subscribers = new Set<Subscriber>();
  private listener: Listener | null = null;
  private pending: string[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private countsTimer: NodeJS.Timeout | null = null;
  private due = { waiting: false, feedbackFor: new Set<string>(), progressOf: new Set<number>(), assignedTo: new Set<string>(), mentionsFor: new Set<string>() };
  private timers: NodeJS.Timeout[] = [];

  /** Resolves once this process listens, so a subscriber's replay cannot miss what commits meanwhile. */
  async add(subscriber: Subscriber): Promise<void> {
    this.subscribers.add(subscriber);
    this.start();
    await this.listener!.ready();
  }

  remove(subscriber: Subscriber) {
    this.subscribers.delete(subscriber);
  }

  get size() {
    return this.subscribers.size;
  }

  private start() {
    if (this.listener) return;
    this.listener = listen([EVENT_CHANNEL, USER_CHANNEL, MENTION_CHANNEL], {
      onNotify: (channel, payload) =>
        channel === USER_CHANNEL ? this.recheckUser(payload) : channel === MENTION_CHANNEL ? this.mentionsChanged(payload) : this.notified(payload),
      onConnected: () => void this.catchUp(),
    });
    const upkeep = (work: () => Promise<unknown>) => () => void work().catch((error) => getLogger().warn({ err: error }, "live updates: upkeep failed"));
    this.timers.push(setInterval(upkeep(expirePresence), EXPIRE_EVERY_MS), setInterval(upkeep(pruneEvents), PRUNE_EVERY_MS));
    this.timers.forEach((timer) => timer.unref());
    void upkeep(pruneEvents)();
  }

  private recheckUser(userId: string) {
    for (const subscriber of this.subscribers) if (subscriber.actor.id === userId) subscriber.recheck();
  }

  /** A person's unread mentions changed (a comment named them, or they marked some read): recount for their tabs here. */
  private mentionsChanged(userId: string) {
    if (![...this.subscribers].some((subscriber) => subscriber.actor.id === userId)) return;
    this.due.mentionsFor.add(userId);
    this.countsTimer ??= setTimeout(() => void this.sendCounts(), COUNTS_DELAY_MS);
  }

  private notified(payload: string) {
    const [id, documentId] = payload.split(":");
    const wanted = [...this.subscribers].some((subscriber) => subscriber.documentId === null || subscriber.documentId === Number(documentId));
    if (!wanted || !/^\d+$/.test(id)) return;
    this.pending.push(id);
    // Notifications come in bursts: a few milliseconds' wait reads a burst in one query.
    this.flushTimer ??= setTimeout(() => void this.flush(), 5);
  }

  private async flush() {
    this.flushTimer = null;
    const ids = this.pending.splice(0);
    if (ids.length === 0) return;
    try {
      const { rows } = await getPool().query(`SELECT ${EVENT_COLUMNS} FROM "DocumentEvent" WHERE id = ANY($1::bigint[]) ORDER BY id`, [ids]);
      this.deliver(rows.map(toLiveEvent));
    } catch (error) {
      getLogger().warn({ err: error }, "live updates: reading events failed; subscribers catch up on reconnect");
    }
  }

  /** After a lost connection, what was committed meanwhile: every document with subscribers, from its oldest subscriber's last id. */
  private async catchUp() {
    const from = new Map<number, bigint>();
    for (const subscriber of this.subscribers) {
      if (subscriber.documentId === null) continue;
      const last = lastIds.get(subscriber) ?? 0n;
      const known = from.get(subscriber.documentId);
      if (known === undefined || last < known) from.set(subscriber.documentId, last);
    }
    try {
      for (const [documentId, after] of from) {
        const { rows } = await getPool().query(`SELECT ${EVENT_COLUMNS} FROM "DocumentEvent" WHERE "documentId" = $1 AND id > $2 ORDER BY id LIMIT 2000`, [documentId, String(after)]);
        this.deliver(rows.map(toLiveEvent), true);
      }
    } catch (error) {
      getLogger().warn({ err: error }, "live updates: catching up failed");
    }
  }

  /** Live events go to every subscriber of their document; a catch-up skips what a subscriber already has. */
  private deliver(events: LiveEvent[], catchingUp = false) {
    for (const event of events) {
      const id = BigInt(event.id);
      for (const subscriber of this.subscribers) {
        if (subscriber.documentId !== event.documentId) continue;
        if (catchingUp && id <= (lastIds.get(subscriber) ?? 0n)) continue;
        subscriber.send(event);
        noteDelivered(subscriber, event.id);
      }
      if (CHANGES_STATUS.has(event.type)) {
        this.due.waiting = true;
        this.due.progressOf.add(event.documentId);
      }
      if (event.payload.feedbackFor) this.due.feedbackFor.add(event.payload.feedbackFor);
      event.payload.assignedTo?.forEach((userId) => this.due.assignedTo.add(userId));
    }
    const due = this.due.waiting || this.due.feedbackFor.size > 0 || this.due.assignedTo.size > 0;
    if (due) this.countsTimer ??= setTimeout(() => void this.sendCounts(), COUNTS_DELAY_MS);
  }

  /** Counts are the same for everyone allowed to see them, so each is computed once, as one of the people who will receive it. */
  private async sendCounts() {
    this.countsTimer = null;
    const due = this.due;
    this.due = { waiting: false, feedbackFor: new Set(), progressOf: new Set(), assignedTo: new Set(), mentionsFor: new Set() };
    const everyone = [...this.subscribers];
    try {
      const reviewers = everyone.filter((subscriber) => can(subscriber.actor, "proposal.review"));
      if (due.waiting && reviewers.length > 0) {
        const waiting = await countWaitingReviews({ actor: reviewers[0].actor });
        reviewers.forEach((subscriber) => subscriber.sendCounts({ waiting }));
      }
      for (const userId of due.feedbackFor) {
        const theirs = everyone.filter((subscriber) => subscriber.actor.id === userId && can(subscriber.actor, "proposal.submit"));
        if (theirs.length === 0) continue;
        const feedback = await countUnseenFeedback({ actor: theirs[0].actor });
        theirs.forEach((subscriber) => subscriber.sendCounts({ feedback }));
      }
      // A sentence approved or reopened can finish or reopen an assignment: its assignees who are connected recount too.
      const connected = new Set(everyone.map((subscriber) => subscriber.actor.id));
      if (due.progressOf.size > 0 && connected.size > 0) {
        for (const userId of await assigneesIn([...due.progressOf], [...connected])) due.assignedTo.add(userId);
      }
      for (const userId of due.assignedTo) {
        const theirs = everyone.filter((subscriber) => subscriber.actor.id === userId);
        if (theirs.length === 0) continue;
        const assigned = await countMyWork({ actor: theirs[0].actor });
        theirs.forEach((subscriber) => subscriber.sendCounts({ assigned }));
      }
      for (const userId of due.mentionsFor) {
        const theirs = everyone.filter((subscriber) => subscriber.actor.id === userId);
        if (theirs.length === 0) continue;
        const mentions = await countUnreadMentions({ actor: theirs[0].actor });
        theirs.forEach((subscriber) => subscriber.sendCounts({ mentions }));
      }
      const listing = everyone.filter((subscriber) => subscriber.documentId === null);
      if (due.progressOf.size > 0 && listing.length > 0) {
        const progress = await getDocumentProgress({ actor: listing[0].actor, documentIds: [...due.progressOf] });
        listing.forEach((subscriber) => subscriber.sendProgress(progress));
      }
    } catch (error) {
      getLogger().warn({ err: error }, "live updates: counting failed");
    }
  }

  async stop() {
    this.timers.forEach(clearInterval);
    this.timers = [];
    await this.listener?.close();
    this.listener = null;
  }
}

async function assigneesIn(documentIds: number[], userIds: string[]): Promise<string[]> {
  const { rows } = await getPool().query<{ assigneeId: string }>(
    `SELECT DISTINCT "assigneeId" FROM "Assignment" WHERE "documentId" = ANY($1::int[]) AND "assigneeId" = ANY($2::text[])`,
    [documentIds, userIds],
  );
  return rows.map((row) => row.assigneeId);
}

/** The last event id each subscriber was sent, for catching up after the LISTEN connection was lost. */
const lastIds = new WeakMap<Subscriber, bigint>();

export function noteDelivered(subscriber: Subscriber, id: string) {
  const value = BigInt(id);
  if (value > (lastIds.get(subscriber) ?? 0n)) lastIds.set(subscriber, value);
}

const globalForHub = globalThis as unknown as { versoLiveHub?: LiveHub };

/** This process's hub, started by its first subscriber. */
export function getHub(): LiveHub {
  globalForHub.versoLiveHub ??= new LiveHub();
  return globalForHub.versoLiveHub;
}
