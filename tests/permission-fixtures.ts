// Data for the permission and review tests, written through the same use cases the app uses.
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { createAnnotation } from "../lib/server/annotations/create-annotation";
import { importDocument } from "../lib/server/documents/import-document";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { createTestActor, uniqueTitle } from "./factories";

export const SAMPLE = "Talks in Geneva\n\nThe meeting borrowed an hour and a half and took place in Prezident hotel. Lavrov spoke.\n\nWe don't intend to attack, attack or interfere.\n";

export async function importSample(label = "Sample") {
  const admin = await createTestActor("admin");
  const title = uniqueTitle(label);
  const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(SAMPLE), input: { title } });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  return { id, title, segments };
}

/** Submits at the segment's current version, as an editor who just opened it would. */
export async function propose(editor: Actor, segmentId: number, text: string, basedOnId?: number) {
  const { version } = await getDb().segment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } });
  return submitProposal({ actor: editor, segmentId, text, expectedVersion: version, basedOnId });
}

export async function flag(author: Actor, segmentId: number, note = "literal verb") {
  return createAnnotation({ actor: author, segmentId, fields: { start: 0, end: 3, category: "Accuracy", subcategory: "Mistranslation", severity: "Major", note } });
}
