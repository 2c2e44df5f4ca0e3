// Documents for the propagation and find-and-replace tests: one name spelled two ways, a repeated MT sentence, a book.
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { importDocument } from "../lib/server/documents/import-document";
import { createTestActor, uniqueTitle } from "./factories";

export const NAMES_TEXT = [
  "Talks in Geneva",
  "Sergey Lavrov met Blinken in Geneva. The meeting borrowed an hour and a half. Lavrov said Sergey Ryabkov took notes.",
  "Sergei Lavrov spoke to the press. Sergeyev was not there. Thank you for your attention.",
  "Sergey Lavrov left first. Thank you for your attention.",
].join("\n\n") + "\n";

export async function importText(label: string, text: string, admin?: Actor) {
  admin ??= await createTestActor("admin");
  const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title: uniqueTitle(label) } });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" }, select: { id: true, order: true, version: true, mtText: true } });
  return { id, segments };
}

/** A book of `size` sentences in paragraphs of ten; every tenth sentence names "Sergey Lavrov". */
export function bookText(size: number) {
  const sentences = Array.from({ length: size - 1 }, (_, i) =>
    i % 10 === 3 ? `Sergey Lavrov answered question ${i + 1} at length.` : `Sentence number ${i + 1} of the book is here.`,
  );
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(" "));
  return `A very long book\n\n${paragraphs.join("\n\n")}\n`;
}

export const versionsOf = (changes: readonly { segmentId: number; version: number }[]) =>
  changes.map((change) => ({ segmentId: change.segmentId, expectedVersion: change.version }));
