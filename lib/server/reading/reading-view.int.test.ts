import { expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "../../../tests/factories";
import { importSample } from "../../../tests/permission-fixtures";
import { getReadingView } from "./get-reading-view";
import { setReadingView } from "./set-reading-view";

test("the reading view is kept per person; a bad value stores nothing; a source view without a source reads corrected", async () => {
  const { id } = await importSample("Reading int");
  const [reader, other] = await Promise.all([createTestActor("editor"), createTestActor("reviewer")]);
  expect((await getReadingView({ actor: reader, documentId: id }))?.view).toBe("corrected");

  await setReadingView({ actor: reader, view: "changes" });
  expect((await getReadingView({ actor: reader, documentId: id }))?.view).toBe("changes");
  expect((await getReadingView({ actor: other, documentId: id }))?.view).toBe("corrected");

  await expect(setReadingView({ actor: reader, view: "bogus" as never })).rejects.toMatchObject({ code: "bad_input" });
  expect(await getDb().user.findUniqueOrThrow({ where: { id: reader.id }, select: { readingView: true } })).toEqual({ readingView: "changes" });

  await setReadingView({ actor: reader, view: "source" });
  expect((await getReadingView({ actor: reader, documentId: id }))?.view).toBe("corrected");
  expect(await getDb().auditEvent.count({ where: { actorId: reader.id, action: "user.reading-view" } })).toBe(2);
  await expect(setReadingView({ actor: null, view: "mt" })).rejects.toMatchObject({ code: "unauthenticated" });
});
