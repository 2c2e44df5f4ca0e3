import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "better-auth/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getAuth } from "../lib/auth";
import { recordPeerAddresses } from "../lib/security/peer-address";

// A real HTTP server, as under `next start`: each client connects from its own loopback address (127.0.0.0/8 is all local).
let server: Server;
let port = 0;
let nextClient = 0;

function newClient() {
  nextClient += 1;
  return `127.${20 + Math.floor(nextClient / 250)}.${Math.floor(Math.random() * 250)}.${(nextClient % 250) + 1}`;
}

function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@test.local`;
}

function signIn({ from, email, forwardedFor }: { from: string; email: string; forwardedFor?: string }): Promise<number> {
  const body = JSON.stringify({ email, password: "wrong password" });
  const headers: Record<string, string> = { "content-type": "application/json", origin: `http://localhost:${port}`, host: `localhost:${port}` };
  if (forwardedFor !== undefined) headers["x-forwarded-for"] = forwardedFor;
  return new Promise((done, fail) => {
    const call = request({ host: "127.0.0.1", port, localAddress: from, method: "POST", path: "/api/auth/sign-in/email", headers }, (response) => {
      response.resume();
      response.on("end", () => done(response.statusCode ?? 0));
    });
    call.on("error", fail);
    call.end(body);
  });
}

async function statuses(count: number, attempt: (index: number) => Promise<number>) {
  const answers: number[] = [];
  for (let index = 0; index < count; index++) answers.push(await attempt(index));
  return answers;
}

beforeAll(async () => {
  recordPeerAddresses();
  server = createServer(toNodeHandler(getAuth()));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
});

describe("sign-in rate limit", () => {
  test("seven wrong sign-ins with seven different forged X-Forwarded-For values are answered 429 before the seventh", async () => {
    const from = newClient();
    const answers = await statuses(7, (i) => signIn({ from, email: uniqueEmail("forged"), forwardedFor: `198.51.100.${i + 1}` }));
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(answers.slice(5)).toEqual([429, 429]);
  });

  test("X-Forwarded-For values that are not one IP do not put different clients in one bucket", async () => {
    const first = newClient();
    const second = newClient();
    for (const forwardedFor of ["not an address", "203.0.113.1, 203.0.113.2", ""]) {
      const answers = await statuses(6, () => signIn({ from: first, email: uniqueEmail("junk"), forwardedFor }));
      expect(answers.at(-1)).toBe(429);
      expect(await signIn({ from: second, email: uniqueEmail("junk"), forwardedFor })).toBe(401);
      expect(await signIn({ from: newClient(), email: uniqueEmail("junk") })).toBe(401);
    }
  });

  test("behind a trusted proxy, the client address it forwards is the one limited", async () => {
    const proxy = newClient();
    process.env.VERSO_TRUSTED_PROXIES = `10.0.0.0/8, ${proxy}`;
    try {
      const answers = await statuses(6, () => signIn({ from: proxy, email: uniqueEmail("proxied"), forwardedFor: "192.0.2.7, 10.1.2.3" }));
      expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(answers[5]).toBe(429);
      expect(await signIn({ from: proxy, email: uniqueEmail("proxied"), forwardedFor: "192.0.2.8" })).toBe(401);
    } finally {
      delete process.env.VERSO_TRUSTED_PROXIES;
    }
  });

  test("one account is limited however many addresses the attempts come from", async () => {
    const email = uniqueEmail("account");
    const answers = await statuses(11, () => signIn({ from: newClient(), email }));
    expect(answers.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(answers[10]).toBe(429);
    expect(await signIn({ from: newClient(), email: uniqueEmail("account") })).toBe(401);
  });
});
