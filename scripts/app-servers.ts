// One app server (scripts/app-server.mjs) per core on one port: Node's cluster module hands each worker's listen() the primary's socket.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

export type AppServers = { stop(): void; onExit(listener: (code: number) => void): void };

/** How many app servers `npm start` runs: VERSO_APP_SERVERS, else one per core (the database shares those cores too). */
export function appServerCount(): number {
  const configured = Number(process.env.VERSO_APP_SERVERS);
  return Number.isInteger(configured) && configured > 0 ? configured : availableParallelism();
}

/**
 * Starts `count` app servers (Next's production server) sharing `port`. When one dies the others stop too and the exit is reported
 * once, so a broken build does not leave a half-running Verso.
 */
export function startAppServers(port: string, count: number): AppServers {
  // The workers run with plain node: none of this script's loader flags (tsx, --conditions), which Next does not want.
  cluster.setupPrimary({ exec: "scripts/app-server.mjs", args: ["-p", port], execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const workers = Array.from({ length: count }, () => cluster.fork(process.env));
  const listeners: ((code: number) => void)[] = [];
  let exited = false;
  for (const worker of workers) {
    worker.on("exit", (code) => {
      if (exited) return;
      exited = true;
      for (const other of workers) if (!other.isDead()) other.kill("SIGTERM");
      Promise.all(workers.map((other) => (other.isDead() ? null : new Promise((done) => other.once("exit", done))))).then(() => listeners.forEach((listener) => listener(code ?? 0)));
    });
  }
  return {
    stop: () => workers.forEach((worker) => !worker.isDead() && worker.kill("SIGTERM")),
    onExit: (listener) => listeners.push(listener),
  };
}
