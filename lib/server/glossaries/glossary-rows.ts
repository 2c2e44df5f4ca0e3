// What the glossary use cases share: finding a glossary or term (404 when gone), and a document's terms as entries.
import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { GlossaryEntry } from "@/lib/checks/types";

export const GLOSSARY_FIELDS = { id: true, name: true, sourceLanguage: true, targetLanguage: true } as const;
export const TERM_FIELDS = { id: true, glossaryId: true, source: true, preferred: true, forbidden: true, note: true, version: true } as const;

export type TermRow = { id: number; glossaryId: number; source: string; preferred: string; forbidden: string[]; note: string; version: number };

export async function findGlossary(tx: Tx, glossaryId: number) {
  const glossary = await tx.glossary.findUnique({ where: { id: glossaryId }, select: GLOSSARY_FIELDS });
  if (!glossary) throw new AppError("not_found", "That glossary does not exist (any more).");
  return glossary;
}

export async function findTerm(tx: Tx, termId: number): Promise<TermRow> {
  const term = await tx.glossaryTerm.findUnique({ where: { id: termId }, select: TERM_FIELDS });
  if (!term) throw new AppError("not_found", "That term does not exist (any more): someone deleted it.");
  return term;
}

export function entryOf(term: Pick<TermRow, "source" | "preferred" | "forbidden" | "note">): GlossaryEntry {
  return { source: term.source, preferred: term.preferred, forbidden: term.forbidden, ...(term.note ? { note: term.note } : {}) };
}

/** Every term of the glossaries attached to a document, for the glossary check and the workspace's highlights. */
export async function documentGlossaryEntries(tx: Tx, documentId: number): Promise<GlossaryEntry[]> {
  const terms = await tx.glossaryTerm.findMany({
    where: { glossary: { documents: { some: { documentId } } } },
    orderBy: [{ glossaryId: "asc" }, { id: "asc" }],
    select: { source: true, preferred: true, forbidden: true, note: true },
  });
  return terms.map(entryOf);
}

/** A term as the audit log keeps it. */
export function termAudit(term: Pick<TermRow, "source" | "preferred" | "forbidden" | "note">) {
  return { source: term.source, preferred: term.preferred, forbidden: term.forbidden, note: term.note };
}
