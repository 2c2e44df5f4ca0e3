// Live updates across two app servers: time from a save on one server until subscribers on the other receive it, and memory per idle subscriber.
import { readFileSync } from "node:fs";
import { createScratchDatabase } from "@/lib/database/scratch";
import { disconnectDb, getDb } from "@/lib/db";
import { importDocument } from "@/lib/server/documents/import-document";
import { createTestActor } from "../tests/factories";
import { signIn } from "./lib/sign-in";
import { freePort, percentile, startNext } from "./lib/next-server";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 200);
const SAVES = Number(process.env.BENCH_SAVES ?? 60);
const PEOPLE = 20;
/** Idle streams opened on server B for the memory figure: enough that its growth stands well above the GC's swings. */
const IDLE_FOR_MEMORY = Number(process.env.BENCH_IDLE_SUBSCRIBERS ?? 1_000);
const SAVE_EVERY_MS = 100;
/** The first saves compile the save route and warm its connections; they are made but not counted. */
const WARM_UP_SAVES = 5;

/** Resident memory of a process in bytes, from /proc (Linux): the median of five readings over two seconds. */
async function rss(pid: number): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((entry) => entry.startsWith("VmRSS:"));
    readings.push(Number(line?.match(/\d+/)?.[0] ?? NaN) * 1024);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return percentile(readings, 50);
}

type Subscriber = { server: number; received: Map<number, number>; ready: Promise<void>; stop: () => void };

/** A plain HTTP SSE client: it notes when each bench save's event arrives. */
function subscribe(base: string, server: number, documentId: number, cookie: string): Subscriber {
  const controller = new AbortController();
  const received = new Map<number, number>();
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  void (async () => {
    const response = await fetch(`${base}/documents/${documentId}/live`, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
    if (!response.ok) throw new Error(`Subscribing failed: ${response.status}`);
    const decoder = new TextDecoder();
    const reader = response.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      const text = decoder.decode(chunk.value, { stream: true });
      if (text.includes("event: presence")) markReady();
      for (const match of text.matchAll(/Bench save (-?\d+)\./g)) if (!received.has(Number(match[1]))) received.set(Number(match[1]), performance.now());
    }
  })().catch((error) => {
    if (!controller.signal.aborted) console.error(error);
  });
  return { server, received, ready, stop: () => controller.abort() };
}

const database = await createScratchDatabase("live");
process.env.DATABASE_URL = database.url;
const stops: (() => unknown)[] = [];
try {
  const admin = await createTestActor("admin");
  const sentences = Array.from({ length: SAVES + WARM_UP_SAVES }, (_, i) => `The meeting borrowed an hour and a half, said speaker ${i + 1}.`);
  const { id: documentId } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(`Live\n\n${sentences.join("\n\n")}\n`), input: { title: "Live bench" } });
  const segments = await getDb().segment.findMany({ where: { documentId, order: { gt: 1 } }, orderBy: { order: "asc" }, select: { id: true } });
  const editor = await createTestActor("editor");
  const readers = [];
  for (let i = 0; i < PEOPLE; i++) readers.push(await createTestActor("reviewer"));
  await disconnectDb();

  const ports = [await freePort(), await freePort()];
  const servers = await Promise.all(ports.map((port) => startNext(database.url, port)));
  stops.push(() => servers.forEach((server) => server.kill()));
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);
  const editorCookie = await signIn(bases[0], editor.email);
  const cookies = await Promise.all(readers.map((reader, i) => signIn(bases[i % 2], reader.email)));

  const subscribers = Array.from({ length: SUBSCRIBERS }, (_, i) => subscribe(bases[i % 2], i % 2, documentId, cookies[i % PEOPLE]));
  await Promise.all(subscribers.map((subscriber) => subscriber.ready));

  const sentAt = new Map<number, number>();
  for (let n = -WARM_UP_SAVES; n < SAVES; n++) {
    sentAt.set(n, performance.now());
    const response = await fetch(`${bases[0]}/documents/${documentId}/segments/${segments[n + WARM_UP_SAVES].id}/proposals`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: editorCookie, origin: bases[0] },
      body: JSON.stringify({ text: `Bench save ${n}.`, expectedVersion: 0 }),
    });
    if (!response.ok) throw new Error(`Save ${n} failed: ${response.status} ${await response.text()}`);
    await new Promise((resolve) => setTimeout(resolve, SAVE_EVERY_MS));
  }
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  const latencies = (server: number) =>
    subscribers.filter((subscriber) => subscriber.server === server).flatMap((subscriber) => [...subscriber.received].filter(([n]) => n >= 0).map(([n, at]) => at - sentAt.get(n)!));
  const expected = (SUBSCRIBERS / 2) * SAVES;
  console.log(`${SUBSCRIBERS} subscribers (${PEOPLE} people) on one document, half on each of two app servers; ${SAVES} saves on server A (after ${WARM_UP_SAVES} uncounted), one every ${SAVE_EVERY_MS} ms; one machine.\n`);
  console.log("| subscribers on | events received | p50 ms | p99 ms | max ms |");
  console.log("|---|--:|--:|--:|--:|");
  for (const [server, label] of [[1, "server B (the other server)"], [0, "server A (where the saves are made)"]] as const) {
    const values = latencies(server);
    console.log(`| ${label} | ${values.length} of ${expected} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 99).toFixed(1)} | ${Math.max(...values).toFixed(1)} |`);
  }
  console.log("\nTimes run from sending the save request to the event's arrival at the subscriber.");

  // Memory: server B with its subscribers settled, then with IDLE_FOR_MEMORY more idle streams.
  const before = await rss(servers[1].pid!);
  const idle = Array.from({ length: IDLE_FOR_MEMORY }, (_, i) => subscribe(bases[1], 1, documentId, cookies[(2 * i + 1) % PEOPLE]));
  await Promise.all(idle.map((subscriber) => subscriber.ready));
  const after = await rss(servers[1].pid!);
  console.log(`Memory per idle subscriber on server B: ${((after - before) / IDLE_FOR_MEMORY / 1024).toFixed(1)} KiB (RSS ${(before / 2 ** 20).toFixed(0)} MiB -> ${(after / 2 ** 20).toFixed(0)} MiB with ${IDLE_FOR_MEMORY} more idle subscribers).`);
  [...subscribers, ...idle].forEach((subscriber) => subscriber.stop());
} finally {
  for (const stop of stops) await stop();
  await disconnectDb();
  await database.drop();
}
