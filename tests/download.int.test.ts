import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { contentDisposition } from "../app/documents/[id]/export/file-response";
import { GET } from "../app/documents/[id]/export/[format]/route";
import { getDb } from "../lib/db";
import { readZipEntries } from "../lib/formats/fixtures/read-zip";
import { createAnnotation } from "../lib/server/annotations/create-annotation";
import type { Actor } from "../lib/server/auth/permissions";
import { importDocument } from "../lib/server/documents/import-document";
import { exportDocument } from "../lib/server/export/export-document";
import { EXPORT_FORMATS } from "../lib/server/export/export-formats";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { createTestActor, uniqueTitle } from "./factories";
import { sessionHeaders } from "./sign-in";

const CORRECTION = "The meeting lasted an hour and a half";

async function propose(editor: Actor, segmentId: number, text: string) {
  const { version } = await getDb().segment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } });
  return (await submitProposal({ actor: editor, segmentId, text, expectedVersion: version })).proposalId;
}

function download(documentId: number | string, format: string, headers = new Headers(), query = "") {
  const request = new Request(`http://localhost:3000/documents/${documentId}/export/${format}${query}`, { headers });
  return GET(request, { params: Promise.resolve({ id: String(documentId), format }) });
}

describe("downloading a document", () => {
  let editor: Actor;
  let reviewer: Actor;
  let documentId: number;
  let title: string;
  let segmentCount: number;

  beforeAll(async () => {
    const admin = await createTestActor("admin");
    [editor, reviewer] = await Promise.all([createTestActor("editor"), createTestActor("reviewer")]);
    title = uniqueTitle("Geneva export");
    ({ id: documentId, segmentCount } = await importDocument({ actor: admin, bytes: new Uint8Array(readFileSync("prisma/seed-article.txt")), input: { title } }));
    const segments = await getDb().segment.findMany({ where: { documentId, mtText: { contains: "borrowed an hour" } } });
    expect(segments).toHaveLength(1);
    const [segment] = segments;
    await approveProposal({ actor: reviewer, proposalId: await propose(editor, segment.id, segment.mtText.replace("The meeting borrowed", "The meeting lasted")) });
    const start = segment.mtText.indexOf("borrowed");
    await createAnnotation({ actor: reviewer, segmentId: segment.id, fields: { start, end: start + "borrowed".length, category: "Accuracy", subcategory: "Mistranslation", severity: "Major" } });
  });

  test("is refused to an editor (403) and to a signed-out caller (401), in the use case and over HTTP", async () => {
    await expect(exportDocument({ actor: editor, documentId, format: "txt" })).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(exportDocument({ actor: null, documentId, format: "txt" })).rejects.toMatchObject({ code: "unauthenticated", status: 401 });
    const asEditor = await download(documentId, "txt", await sessionHeaders(editor));
    expect(asEditor.status).toBe(403);
    expect(await asEditor.json()).toMatchObject({ error: expect.stringContaining("may not") });
    const signedOut = await download(documentId, "txt");
    expect(signedOut.status).toBe(401);
    expect(signedOut.headers.get("content-disposition")).toBeNull();
  });

  test("gives 404 for an unknown document or format, and 400 for an id that is no id or an unknown fill", async () => {
    const headers = await sessionHeaders(reviewer);
    expect((await download(999_999_999, "txt", headers)).status).toBe(404);
    expect((await download("abc", "txt", headers)).status).toBe(400);
    expect((await download("2147483648", "txt", headers)).status).toBe(400);
    expect((await download(documentId, "pdf", headers)).status).toBe(404);
    expect((await download(documentId, "txt", headers, "?fill=anything")).status).toBe(400);
  });

  test("a reviewer downloads the cleaned .txt as an attachment named after the title", async () => {
    const response = await download(documentId, "txt", await sessionHeaders(reviewer));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const fileName = `${title.toLowerCase().replace(/\s+/g, "-")}.txt`;
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${fileName}"; filename*=UTF-8''${fileName}`);
    const text = await response.text();
    expect(text).toContain(CORRECTION);
    expect(text).not.toContain("The meeting borrowed");
  });

  test.each(EXPORT_FORMATS.map((format) => [format]))("every format carries the approved correction: %s", async (format) => {
    const file = await exportDocument({ actor: reviewer, documentId, format });
    const text = typeof file.body === "string" ? file.body : readZipEntries(file.body).get("word/document.xml") ?? new TextDecoder().decode(file.body);
    expect(text).toContain(CORRECTION);
    expect(file.unapproved).toBe(segmentCount - 1);
  });

  test("an unapproved segment is filled with the MT by default, or with its latest proposal", async () => {
    const segment = await getDb().segment.findFirstOrThrow({ where: { documentId, mtText: { contains: "Prezident hotel" }, approvedProposalId: null } });
    const proposed = segment.mtText.replace("Prezident hotel", "Hotel President");
    await propose(editor, segment.id, proposed);
    const headers = await sessionHeaders(reviewer);
    expect(await (await download(documentId, "txt", headers)).text()).not.toContain(proposed);
    expect(await (await download(documentId, "txt", headers, "?fill=latest")).text()).toContain(proposed);
  });

  test("a file name outside ASCII is sent as RFC 5987 filename*, with an ASCII fallback", () => {
    expect(contentDisposition("Женева 2023.txt")).toBe(`attachment; filename="______ 2023.txt"; filename*=UTF-8''%D0%96%D0%B5%D0%BD%D0%B5%D0%B2%D0%B0%202023.txt`);
  });
});
