import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as presenceRoute } from "../app/documents/[id]/presence/route";
import { POST as saveRoute } from "../app/documents/[id]/segments/[segmentId]/proposals/route";
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { proxy } from "../proxy";
import { createTestActor } from "./factories";
import { importSample } from "./permission-fixtures";
import { sessionHeaders } from "./sign-in";

// A page on another port of Verso's host is the same site, so the browser sends the SameSite=Lax cookie with its POST.
const VERSO = "127.0.0.1:3203";
const OTHER_APP = "http://127.0.0.1:9999";

let editor: Actor;
let cookie: string;
let sample: Awaited<ReturnType<typeof importSample>>;

beforeAll(async () => {
  editor = await createTestActor("editor");
  cookie = (await sessionHeaders(editor)).get("cookie")!;
  sample = await importSample("Cross-origin");
});

function save(origin: string | null, text: string, segment = 1) {
  const segmentId = String(sample.segments[segment].id);
  const headers: Record<string, string> = { cookie, host: VERSO, "content-type": "text/plain" };
  if (origin) headers.origin = origin;
  return saveRoute(new Request(`http://${VERSO}/documents/${sample.id}/segments/${segmentId}/proposals`, { method: "POST", headers, body: JSON.stringify({ text, expectedVersion: 0 }) }), {
    params: Promise.resolve({ id: String(sample.id), segmentId }),
  });
}

const proposalsWith = (text: string, segment = 1) => getDb().proposal.count({ where: { segmentId: sample.segments[segment].id, text } });

describe("a write sent with the person's cookie from a page of another origin", () => {
  test("a save from another app on the same host is refused with 403 and stores nothing", async () => {
    const response = await save(OTHER_APP, "Forged by another page.");
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/another site/);
    expect(await proposalsWith("Forged by another page.")).toBe(0);
  });

  test("an opaque origin (a sandboxed frame) is refused too", async () => {
    expect((await save("null", "Forged from a sandbox.")).status).toBe(403);
    expect(await proposalsWith("Forged from a sandbox.")).toBe(0);
  });

  test("a presence report from another origin is refused", async () => {
    const response = await presenceRoute(
      new Request(`http://${VERSO}/documents/${sample.id}/presence`, { method: "POST", headers: { cookie, host: VERSO, origin: OTHER_APP }, body: JSON.stringify({ tabId: "a".repeat(32), segmentId: null }) }),
      { params: Promise.resolve({ id: String(sample.id) }) },
    );
    expect(response.status).toBe(403);
  });

  test("the workspace's own save (same origin, or a script sending no Origin) still works", async () => {
    expect((await save(`http://${VERSO}`, "The meeting lasted an hour and a half.", 2)).status).toBe(200);
    expect((await save(null, "We do not intend to attack or interfere.", 3)).status).toBe(200);
    expect(await proposalsWith("The meeting lasted an hour and a half.", 2)).toBe(1);
  });

  test("a server action posted from another origin is a 403 from the proxy, not Next's 500", async () => {
    const action = (origin: string) =>
      proxy(new NextRequest(`http://${VERSO}/admin/users`, { method: "POST", headers: { cookie, host: VERSO, origin, "next-action": "60c14ca61af8483884fba1aa1063123e53f15ea9e1" }, body: "[]" }));
    const forged = action(OTHER_APP);
    expect(forged.status).toBe(403);
    expect(await forged.text()).toMatch(/another site/);
    expect(action(`http://${VERSO}`).status).toBe(200);
  });
});
