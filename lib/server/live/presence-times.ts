/** A tab says it is still there every 10 s; one silent for 30 s has gone (closed, asleep, or its server died). */
export const PRESENCE_HEARTBEAT_MS = 10_000;
export const PRESENCE_EXPIRY_SECONDS = 30;
