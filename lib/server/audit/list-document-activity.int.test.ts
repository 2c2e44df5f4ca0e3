import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/server/auth/permissions";
import { importDocument } from "@/lib/server/documents/import-document";
import { createTestActor, uniqueTitle } from "../../../tests/factories";
import { listDocumentActivity } from "./list-document-activity";

let admin: Actor;
beforeAll(async () => {
  admin = await createTestActor("admin");
});

describe("listDocumentActivity", () => {
  test("a page past the end shows the last page, as the report does", async () => {
    const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode("Lavrov spoke first.\n"), input: { title: uniqueTitle("Activity pages") } });
    const activity = await listDocumentActivity({ actor: admin, documentId: id, filter: { page: 999 } });
    expect(activity).toMatchObject({ total: 1, page: 1, pageCount: 1, filter: { page: 1 } });
    expect(activity!.events.map((event) => event.action)).toEqual(["document.import"]);
  });
});
