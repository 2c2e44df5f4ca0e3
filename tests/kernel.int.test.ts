import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { routeHandler } from "../app/route-handler";
import { getDb } from "../lib/db";
import { useLogDestination } from "../lib/log";
import type { Actor } from "../lib/server/auth/permissions";
import { defineUseCase } from "../lib/server/kernel/define-use-case";
import { withRequest } from "../lib/server/kernel/request-context";
import { createTestActor } from "./factories";
import { importSample } from "./permission-fixtures";

const logLines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
    done();
  },
});

const boom = defineUseCase({ name: "kernelTestBoom", permission: "document.read", input: z.object({}) }, async () => {
  throw new Error("relation \"secret_table\" does not exist");
});

let attempts = 0;
const flaky = defineUseCase({ name: "kernelTestFlaky", permission: "document.read", input: z.object({ failures: z.number(), code: z.string() }) }, async ({ input }) => {
  attempts++;
  if (attempts <= input.failures) throw Object.assign(new Error("could not serialize access"), { code: input.code });
  return attempts;
});

/** Locks two segments in the given order with a pause between, so two calls in opposite orders deadlock in PostgreSQL. */
const lockBoth = defineUseCase(
  { name: "kernelTestLockBoth", permission: "document.read", input: z.object({ first: z.number(), second: z.number() }) },
  async ({ input, db }) => {
    await db.$queryRaw`SELECT id FROM "Segment" WHERE id = ${input.first} FOR UPDATE`;
    await db.$executeRaw`SELECT pg_sleep(0.2)`;
    await db.$queryRaw`SELECT id FROM "Segment" WHERE id = ${input.second} FOR UPDATE`;
    await db.segment.update({ where: { id: input.first }, data: { version: { increment: 1 } } });
    return input.first;
  },
);

let editor: Actor;
beforeAll(async () => {
  useLogDestination(sink);
  editor = await createTestActor("editor");
});
afterAll(() => useLogDestination(process.stdout));

describe("an unexpected error", () => {
  test("reaches the user as a short message with a reference that finds its one log line", async () => {
    const failure = await boom({ actor: editor }).catch((error) => error);
    expect(failure).toMatchObject({ code: "internal", status: 500 });
    expect(failure.message).not.toMatch(/secret_table/);
    const ref = /\(ref ([0-9a-f]{12})\)/.exec(failure.message)?.[1];
    expect(ref).toBeDefined();
    const lines = logLines.filter((line) => line.requestId === ref);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, useCase: "kernelTestBoom", actorId: editor.id, err: { message: expect.stringMatching(/secret_table/) } });
  });

  test("keeps the request's id when an adapter opened the request", async () => {
    const failure = await withRequest("abcdef012345", () => boom({ actor: editor })).catch((error) => error);
    expect(failure.message).toContain("(ref abcdef012345)");
    expect(failure.digest).toBe("abcdef012345");
  });

  test("through a route handler is a 500 whose body and header carry the reference of its log line", async () => {
    const GET = routeHandler<Record<string, never>>(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'rows')");
    });
    const response = await GET(new Request("http://localhost/anything"), { params: Promise.resolve({}) });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error).toMatch(/Something went wrong.*\(ref [0-9a-f]{12}\)/);
    expect(body.error).not.toMatch(/rows/);
    expect(response.headers.get("x-request-id")).toBe(body.ref);
    expect(logLines.filter((line) => line.requestId === body.ref)).toHaveLength(1);
  });
});

describe("transactions", () => {
  test("are retried after a deadlock or serialization failure, a bounded number of times", async () => {
    attempts = 0;
    await expect(flaky({ actor: editor, failures: 2, code: "40001" })).resolves.toBe(3);
    attempts = 0;
    await expect(flaky({ actor: editor, failures: 2, code: "40P01" })).resolves.toBe(3);
    attempts = 0;
    await expect(flaky({ actor: editor, failures: 99, code: "40P01" })).rejects.toMatchObject({ code: "internal" });
    expect(attempts).toBe(5);
    attempts = 0;
    await expect(flaky({ actor: editor, failures: 1, code: "23505" })).rejects.toMatchObject({ code: "internal" });
    expect(attempts).toBe(1);
  });

  test("two that deadlock in PostgreSQL both complete: the one PostgreSQL aborts runs again", async () => {
    const { segments } = await importSample("Deadlock");
    const [a, b] = [segments[1].id, segments[2].id];
    const results = await Promise.all([lockBoth({ actor: editor, first: a, second: b }), lockBoth({ actor: editor, first: b, second: a })]);
    expect(results.sort()).toEqual([a, b].sort());
    const versions = await getDb().segment.findMany({ where: { id: { in: [a, b] } }, select: { version: true } });
    expect(versions.map((row) => row.version)).toEqual([1, 1]);
  });
});
