// Documents for the translation-memory tests: sentences carrying a unique word, so no other test's approvals match them.
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { importDocument } from "../lib/server/documents/import-document";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { createTestActor, uniqueTitle } from "./factories";
import { propose } from "./permission-fixtures";

/** A word no other test writes (letters only, so it makes its own trigrams). */
export function uniqueWord() {
  const letters = Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
  return `Zor${letters}`;
}

export async function importSentences(label: string, sentences: string[], options: { admin?: Actor; source?: string[] } = {}) {
  const admin = options.admin ?? (await createTestActor("admin"));
  const encode = (text: string[]) => new TextEncoder().encode(`${label}\n\n${text.join(" ")}\n`);
  const { id } = await importDocument({
    actor: admin,
    bytes: encode(sentences),
    ...(options.source && { source: { bytes: encode(options.source) } }),
    input: { title: uniqueTitle(label), ...(options.source && { sourceLanguage: "ru" }) },
  });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  // The first segment is the title.
  return { id, segments: segments.slice(1) };
}

export async function approveText(editor: Actor, reviewer: Actor, segmentId: number, text: string) {
  const { proposalId } = await propose(editor, segmentId, text);
  await approveProposal({ actor: reviewer, proposalId });
  return proposalId;
}

export const tmEntryOf = (segmentId: number) => getDb().translationMemoryEntry.findUnique({ where: { segmentId } });
