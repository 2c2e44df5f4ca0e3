// Saves per second under 32 concurrent editors: Verso's real save path against a bare pg server doing the same writes.
import { createScratchDatabase } from "@/lib/database/scratch";
import { disconnectDb, getDb } from "@/lib/db";
import { importDocument } from "@/lib/server/documents/import-document";
import { createTestActor } from "../tests/factories";
import { startBareServer } from "./lib/bare-save-server";
import { freePort, percentile, startNext } from "./lib/next-server";
import { signIn } from "./lib/sign-in";

const EDITORS = Number(process.env.BENCH_EDITORS ?? 32);
const SEGMENTS_PER_EDITOR = 4;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARM_UP_SECONDS = 2;

type Editor = { id: string; email: string; cookie: string; segments: { id: number; version: number }[] };
type Save = (editor: Editor, segment: { id: number; version: number }, text: string, server: number) => Promise<boolean>;
type Result = { label: string; saves: number; perSecond: number; p50: number; p99: number; failures: number };

/** Every editor saves in a loop on its own sentences; saves started during the warm-up are not counted. */
async function runLoad(label: string, editors: Editor[], save: Save, servers = 1): Promise<Result> {
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now();
  const countFrom = start + WARM_UP_SECONDS * 1000;
  const end = countFrom + SECONDS * 1000;
  await Promise.all(
    editors.map(async (editor, index) => {
      for (let n = 0; performance.now() < end; n++) {
        const segment = editor.segments[n % editor.segments.length];
        const began = performance.now();
        const ok = await save(editor, segment, `Proposal ${n} by editor ${index}.`, index % servers);
        if (ok) segment.version++;
        else failures++;
        if (began >= countFrom && performance.now() <= end) latencies.push(performance.now() - began);
      }
    }),
  );
  return { label, saves: latencies.length, perSecond: latencies.length / SECONDS, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures };
}

const database = await createScratchDatabase("load");
process.env.DATABASE_URL = database.url;
const ports = [await freePort(), await freePort(), await freePort()];
const stops: (() => unknown)[] = [];
try {
  const admin = await createTestActor("admin");
  const sentences = Array.from({ length: EDITORS * SEGMENTS_PER_EDITOR }, (_, i) => `The meeting borrowed an hour and a half, said speaker ${i + 1}.`);
  const { id: documentId } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(`Load\n\n${sentences.join("\n\n")}\n`), input: { title: "Load bench" } });
  const segments = await getDb().segment.findMany({ where: { documentId, order: { gt: 1 } }, orderBy: { order: "asc" }, select: { id: true } });
  const people = [];
  for (let i = 0; i < EDITORS; i++) people.push(await createTestActor("editor"));
  await disconnectDb();

  const bases = ports.slice(0, 2).map((port) => `http://127.0.0.1:${port}`);
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to see where a save's time goes.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const servers = await Promise.all(ports.slice(0, 2).map((port) => startNext(database.url, port, process.env.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE } : {}, nodeArgs)));
  stops.push(() => servers.forEach((server) => server.kill()));
  const bare = await startBareServer(database.url, ports[2]);
  stops.push(() => bare.server.close(), () => bare.pool.end());

  const editors: Editor[] = await Promise.all(
    people.map(async (person, i) => ({ id: person.id, email: person.email, cookie: await signIn(bases[0], person.email), segments: segments.slice(i * SEGMENTS_PER_EDITOR, (i + 1) * SEGMENTS_PER_EDITOR).map((s) => ({ id: s.id, version: 0 })) })),
  );

  const viaBare: Save = async (editor, segment, text) => {
    const response = await fetch(`http://127.0.0.1:${bare.port}/save`, { method: "POST", body: JSON.stringify({ segmentId: segment.id, text, expectedVersion: segment.version, authorId: editor.id }) });
    await response.text();
    return response.ok;
  };
  const viaRoute: Save = async (editor, segment, text, server) => {
    const response = await fetch(`${bases[server]}/documents/${documentId}/segments/${segment.id}/proposals`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: editor.cookie, origin: bases[server] },
      body: JSON.stringify({ text, expectedVersion: segment.version }),
    });
    await response.text();
    return response.ok;
  };

  const only = process.env.BENCH_ONLY;
  const phases: [string, Save, number][] = [
    ["bare node:http + pg, same writes in one transaction", viaBare, 1],
    ["Verso route handler (npm start's app server)", viaRoute, 1],
    ["Verso route handler, 2 app servers", viaRoute, 2],
  ];
  const results: Result[] = [];
  for (const [label, save, count] of phases) if (!only || label === phases[0][0] || label.includes(only)) results.push(await runLoad(label, editors, save, count));

  const floor = results[0].perSecond;
  console.log(`${EDITORS} concurrent editors, each saving its own sentences in a loop; ${SECONDS} s counted after ${WARM_UP_SECONDS} s of warm-up; one machine.\n`);
  console.log("| path | saves/s | ratio to bare | p50 ms | p99 ms | p99/p50 | failed |");
  console.log("|---|--:|--:|--:|--:|--:|--:|");
  for (const r of results) {
    console.log(`| ${r.label} | ${r.perSecond.toFixed(0)} | ${(r.perSecond / floor).toFixed(2)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${(r.p99 / r.p50).toFixed(1)} | ${r.failures} |`);
  }
  const best = Math.max(...results.slice(1).map((r) => r.perSecond));
  console.log(`\nBest Verso path: ${(best / floor).toFixed(2)} of the bare server (target: at least 0.5).`);

  const stored = await getDb().proposal.count({ where: { segment: { documentId } } });
  const versions = await getDb().segment.aggregate({ where: { documentId }, _sum: { version: true } });
  console.log(`Nothing lost: ${stored} proposals stored, segment versions sum to ${versions._sum.version} (equal when every save is accounted for).`);
} finally {
  for (const stop of stops) await stop();
  await disconnectDb();
  await database.drop();
}
