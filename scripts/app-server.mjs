// One app server: Next's production server, with the workspace's save answered by its own built route module directly.
// @ts-check
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";

// Measured (npm run bench:load): Next's router and request pipeline cost a save about 3.4 of its 6 ms of CPU. The
// save's route handler needs none of it (no page, no proxy, no next/headers), so it runs as Next built it, minus that.
const DIRECT_ROUTES = [{ method: "POST", path: /^\/documents\/([^/]+)\/segments\/([^/]+)\/proposals$/, module: "app/documents/[id]/segments/[segmentId]/proposals/route.js", params: ["id", "segmentId"] }];
// The headers next.config.ts gives every answer (e2e/app-server.spec.ts compares the two).
const HEADERS = { "x-content-type-options": "nosniff", "referrer-policy": "same-origin", "x-frame-options": "DENY", "cache-control": "no-store" };
// A save is a sentence or a paragraph: more than this is refused, and not kept in memory meanwhile.
const MAX_BODY = 1024 * 1024;

Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
const portArgument = process.argv.indexOf("-p");
const port = Number(portArgument > 0 ? process.argv[portArgument + 1] : (process.env.PORT ?? 3000));
const dir = process.cwd();
const require = createRequire(join(dir, "package.json"));
/** @type {typeof import("next").default} */
const next = require("next");

const app = next({ dev: false, dir, port });
await app.prepare();
const handle = app.getRequestHandler();

/**
 * The route modules, as Next loads them (the same file, so the same module instances: one database pool per process).
 * A build whose module does not have the shape expected here is served by Next alone.
 */
async function loadDirectRoutes() {
  const loaded = [];
  for (const route of DIRECT_ROUTES) {
    try {
      const { routeModule } = require(join(dir, ".next", "server", route.module));
      await routeModule.ensureUserland();
      const handler = routeModule.userland[route.method];
      if (typeof handler === "function") loaded.push({ ...route, handler });
      else console.warn(`app server: ${route.module} has no ${route.method}; Next serves it.`);
    } catch (error) {
      console.warn(`app server: ${route.module} could not be loaded directly (${error}); Next serves it.`);
    }
  }
  return loaded;
}
const directRoutes = await loadDirectRoutes();

/**
 * The body, or null when it is over MAX_BODY: the rest is still read and dropped, so the client gets the 413 rather
 * than a reset connection.
 * @param {import("node:http").IncomingMessage} request
 * @returns {Promise<Buffer | null>}
 */
function readBody(request) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[] | null} */
    let chunks = [];
    let size = 0;
    request.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) chunks = null;
      else chunks?.push(chunk);
    });
    request.on("end", () => resolve(chunks && Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/**
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {(typeof directRoutes)[number]} route
 * @param {string[]} values
 */
async function serveDirectly(request, response, route, values) {
  const body = await readBody(request);
  if (!body) {
    response.writeHead(413, { ...HEADERS, "content-type": "application/json" }).end(JSON.stringify({ error: "The request body is larger than 1 MB." }));
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  const url = `http://${request.headers.host ?? `localhost:${port}`}${request.url}`;
  const params = Object.fromEntries(route.params.map((name, i) => [name, values[i]]));
  /** @type {Response} */
  const answer = await route.handler(new Request(url, { method: request.method, headers, body: /** @type {BodyInit} */ (/** @type {unknown} */ (body)) }), { params: Promise.resolve(params) });
  /** @type {Record<string, string>} */
  const out = { ...HEADERS };
  answer.headers.forEach((value, name) => (out[name] = value));
  response.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
}

/** @param {string} path */
function isDecodable(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const server = createServer((request, response) => {
  const path = request.url?.split("?")[0] ?? "";
  // Next answers a malformed escape in the path with a 500; it is the caller's mistake.
  if (!isDecodable(path)) {
    response.writeHead(400, { ...HEADERS, "content-type": "text/plain; charset=utf-8" }).end("The address has a malformed %-escape.");
    return;
  }
  for (const route of directRoutes) {
    const match = request.method === route.method ? route.path.exec(path) : null;
    if (!match) continue;
    const values = match.slice(1).map((value) => decodeURIComponent(value));
    // The route handler answers every failure of its own (with a logged reference); this is the socket failing.
    serveDirectly(request, response, route, values).catch((error) => {
      // A client that went away before sending its whole body (a closed tab) is no failure of ours.
      if (!request.complete) return void response.destroy();
      const ref = randomBytes(6).toString("hex");
      console.error(`app server: ${request.method} ${path} failed outside its route handler (ref ${ref}): ${error}`);
      if (!response.headersSent) response.writeHead(500, { ...HEADERS, "content-type": "application/json", "x-request-id": ref }).end(JSON.stringify({ error: `Something went wrong (ref ${ref}).`, ref }));
      else response.destroy();
    });
    return;
  }
  handle(request, response);
});
server.listen(port);

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)).closeAllConnections());
