import { beforeAll, describe, expect, test } from "vitest";
import { GET as getSegmentPage } from "../app/documents/[id]/segments/route";
import { GET as getSegmentDetail } from "../app/documents/[id]/segments/[segmentId]/route";
import { POST as saveRoute } from "../app/documents/[id]/segments/[segmentId]/proposals/route";
import type { Actor } from "../lib/server/auth/permissions";
import { createAnnotation } from "../lib/server/annotations/create-annotation";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { listReviewFilters } from "../lib/server/reviews/list-review-filters";
import { listReviewQueue } from "../lib/server/reviews/list-review-queue";
import { createUser } from "../lib/server/users/create-user";
import { listUsers } from "../lib/server/users/list-users";
import { createTestActor } from "./factories";
import { importSample } from "./permission-fixtures";
import { sessionHeaders } from "./sign-in";

let editor: Actor;
let headers: Headers;
let sample: Awaited<ReturnType<typeof importSample>>;

beforeAll(async () => {
  editor = await createTestActor("editor");
  headers = await sessionHeaders(editor);
  sample = await importSample("Bad input");
});

function page(documentId: string, query = "", withHeaders = headers) {
  return getSegmentPage(new Request(`http://localhost:3000/documents/${documentId}/segments${query}`, { headers: withHeaders }), { params: Promise.resolve({ id: documentId }) });
}

function detail(documentId: string, segmentId: string) {
  return getSegmentDetail(new Request(`http://localhost:3000/documents/${documentId}/segments/${segmentId}`, { headers }), { params: Promise.resolve({ id: documentId, segmentId }) });
}

describe("bad input over HTTP is a 400 that says what is wrong, never a 500", () => {
  test.each([
    ["a limit over the maximum", "?limit=501", /limit/i],
    ["a negative limit", "?limit=-1", /limit/i],
    ["a cursor that is no number", "?after=abc", /after/i],
    ["a cursor past int4", "?after=2147483648", /after/i],
  ])("%s", async (_label, query, message) => {
    const response = await page(String(sample.id), query);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(message);
  });

  test.each([["2147483648"], ["99999999999"], ["12abc"], ["-3"], ["1.5"]])("the document id %s", async (id) => {
    const response = await page(id);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/document/);
  });

  test.each([["q"], ["category"], ["severity"]])("a NUL character in the %s filter is left out of the search, not a 500", async (name) => {
    const response = await page(String(sample.id), `?${name}=%00`);
    expect(response.status).toBe(200);
    expect((await response.json()).segments).toHaveLength(sample.segments.length);
  });

  test("a segment id past int4 or not a number; an unknown one is a 404", async () => {
    expect((await detail(String(sample.id), "2147483648")).status).toBe(400);
    expect((await detail(String(sample.id), "x")).status).toBe(400);
    expect((await detail(String(sample.id), "2147483647")).status).toBe(404);
  });

  test("signed out is a 401, with a JSON body", async () => {
    const response = await page(String(sample.id), "", new Headers());
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatch(/sign in/i);
  });
});

describe("filters from an address with a NUL character are left out, never a 500", () => {
  test("the review queue's author and assignee, and the People search", async () => {
    const [reviewer, admin] = await Promise.all([createTestActor("reviewer"), createTestActor("admin")]);
    await expect(listReviewQueue({ actor: reviewer, filter: { authorId: "\u0000", assigneeId: "\u0000" } })).resolves.toMatchObject({ page: 1 });
    await expect(listReviewFilters({ actor: reviewer, authorId: "\u0000" })).resolves.toBeDefined();
    await expect(listUsers({ actor: admin, query: "\u0000" })).resolves.toMatchObject({ page: 1 });
  });
});

describe("bad input to use cases is bad_input with a field message", () => {
  const segmentId = () => sample.segments[1].id;

  test.each([
    ["a NUL character", "The meeting\u0000 lasted.", /NUL/],
    ["a lone surrogate", "The meeting \ud800 lasted.", /invalid character/],
  ])("a proposal with %s", async (_label, text, message) => {
    const failure = await submitProposal({ actor: editor, segmentId: segmentId(), text, expectedVersion: 0 }).catch((error) => error);
    expect(failure).toMatchObject({ code: "bad_input", status: 400, fieldErrors: { text: [expect.stringMatching(message)] } });
  });

  test("ids and versions out of range", async () => {
    await expect(submitProposal({ actor: editor, segmentId: 2 ** 31, text: "x", expectedVersion: 0 })).rejects.toMatchObject({ code: "bad_input" });
    await expect(submitProposal({ actor: editor, segmentId: segmentId(), text: "x", expectedVersion: 2 ** 40 })).rejects.toMatchObject({ code: "bad_input" });
    await expect(createAnnotation({ actor: editor, segmentId: segmentId(), fields: { start: 0, end: 2 ** 33, category: "Accuracy", severity: "Minor" } })).rejects.toMatchObject({ code: "bad_input" });
  });

  test("a form with several mistakes gets a message for each field", async () => {
    const admin = await createTestActor("admin");
    const failure = await createUser({ actor: admin, name: "", email: "not an email", password: "short", roles: [] }).catch((error) => error);
    expect(failure.code).toBe("bad_input");
    expect(Object.keys(failure.fieldErrors).sort()).toEqual(["email", "name", "password", "roles"]);
  });
});

describe("a malformed save over HTTP", () => {
  test.each([
    ["a body that is not JSON", "{not json", /not JSON/],
    ["a JSON array", "[1, 2]", /JSON object/],
    ["a text that is a number", JSON.stringify({ text: 5, expectedVersion: 0 }), /text/],
  ])("%s is a 400", async (_label, body, message) => {
    const segmentId = String(sample.segments[1].id);
    const response = await saveRoute(new Request(`http://localhost:3000/documents/${sample.id}/segments/${segmentId}/proposals`, { method: "POST", headers, body }), {
      params: Promise.resolve({ id: String(sample.id), segmentId }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(message);
  });

  test("a sentence of another document is not found", async () => {
    const other = await importSample("Other document");
    const segmentId = String(sample.segments[1].id);
    const response = await saveRoute(new Request("http://localhost:3000/x", { method: "POST", headers, body: JSON.stringify({ text: "x", expectedVersion: 0 }) }), {
      params: Promise.resolve({ id: String(other.id), segmentId }),
    });
    expect(response.status).toBe(404);
  });
});
