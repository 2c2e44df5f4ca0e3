// "Another user" for bench/import.ts: a small page request served by this process, timed from a child process.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getDb } from "@/lib/db";

const PAUSE_MS = 25;
const MAX_REQUESTS = 20_000;

// The child times each request with its own clock, so a stalled server shows up as a slow request, not a slow timer.
const CLIENT = `
const url = process.argv[1];
const latencies = [];
let stop = false;
process.stdin.on("data", () => { stop = true; });
(async () => {
  while (!stop && latencies.length < ${MAX_REQUESTS}) {
    const start = performance.now();
    await (await fetch(url)).text();
    latencies.push(performance.now() - start);
    if (latencies.length === 1) process.stderr.write("ready\\n");
    await new Promise((resolve) => setTimeout(resolve, ${PAUSE_MS}));
  }
  process.stdout.write(JSON.stringify(latencies));
  process.exit(0);
})();`;

/** The newest documents' titles, as the documents page reads them. */
function startPageServer(): Promise<Server> {
  const server = createServer(async (_request, response) => {
    const documents = await getDb().document.findMany({ select: { id: true, title: true }, orderBy: { id: "desc" }, take: 20 });
    response.end(JSON.stringify(documents));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Runs `work` while another process requests a page from this one every 25 ms; returns those requests' latencies. */
export async function latenciesDuring(work: () => Promise<unknown>): Promise<number[]> {
  const server = await startPageServer();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const child = spawn(process.execPath, ["-e", CLIENT, url], { stdio: ["pipe", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve) => child.stderr.once("data", () => resolve()));
  try {
    await work();
  } finally {
    child.stdin.write("stop\n");
    await exited;
    server.close();
  }
  return JSON.parse(output) as number[];
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
