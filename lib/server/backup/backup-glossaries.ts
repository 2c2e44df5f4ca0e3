// The glossaries attached to a document, in a backup by name and languages with their terms. Glossaries are shared
// between documents, so a restore attaches the live glossary of that name and languages when there is one.
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit";
import { isCommandLineActor } from "@/lib/server/auth/command-line-actor";
import type { Backup, BackupGlossary } from "./backup-schema";

export type GlossaryRow = Omit<BackupGlossary, "ref"> & { id: number };

const CHUNK = 2_000;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function readBackupGlossaries(tx: Tx, documentId: number): Promise<GlossaryRow[]> {
  const rows = await tx.glossary.findMany({
    where: { documents: { some: { documentId } } },
    select: { id: true, name: true, sourceLanguage: true, targetLanguage: true, terms: { select: { source: true, preferred: true, forbidden: true, note: true } } },
  });
  // By code point, not collation, and ids only to part namesakes: a restore creates namesakes in file order.
  return rows
    .map((row) => ({ ...row, terms: row.terms.sort((a, b) => byText(a.source, b.source)) }))
    .sort((a, b) => byText(a.name, b.name) || byText(a.sourceLanguage, b.sourceLanguage) || byText(a.targetLanguage, b.targetLanguage) || a.id - b.id);
}

export function toBackupGlossaries(rows: GlossaryRow[]): Backup["glossaries"] {
  return rows.map(({ id: _id, name, sourceLanguage, targetLanguage, terms }, i) => ({
    ref: i + 1,
    name,
    sourceLanguage,
    targetLanguage,
    terms: terms.map(({ source, preferred, forbidden, note }) => ({ source, preferred, forbidden, note })),
  }));
}

/** Checks what the schema cannot: unique refs, and each source term once per glossary. Returns a reason or null. */
export function glossaryProblem({ glossaries }: Backup): string | null {
  const refs = new Set<number>();
  for (const glossary of glossaries) {
    if (refs.has(glossary.ref)) return "two glossaries have the same key.";
    refs.add(glossary.ref);
    const sources = new Set<string>();
    for (const term of glossary.terms) {
      if (sources.has(term.source)) return `glossary ${glossary.ref} ("${glossary.name}") has the term "${term.source}" twice.`;
      sources.add(term.source);
    }
  }
  return null;
}

/**
 * Attaches each glossary of the backup to the restored document: the live glossary of that name and languages as it
 * is (its terms win over the file's), or a new one with the file's terms. Returns ref -> glossary id and the counts.
 */
export async function restoreGlossaries(tx: Tx, backup: Backup, documentId: number, actorId: string) {
  const ids = new Map<number, number>();
  let created = 0;
  for (const { ref, terms, ...fields } of backup.glossaries) {
    const taken = [...ids.values()];
    const live = await tx.glossary.findFirst({ where: { ...fields, id: { notIn: taken } }, orderBy: { id: "asc" }, select: { id: true } });
    const id = live?.id ?? (await createGlossary(tx, fields, terms, actorId));
    if (!live) created++;
    ids.set(ref, id);
  }
  if (ids.size > 0) await tx.documentGlossary.createMany({ data: [...ids.values()].map((glossaryId) => ({ documentId, glossaryId })) });
  return { ids, attached: ids.size, created };
}

async function createGlossary(tx: Tx, fields: Omit<BackupGlossary, "ref" | "terms">, terms: BackupGlossary["terms"], actorId: string): Promise<number> {
  const { id } = await tx.glossary.create({ data: { ...fields, createdById: isCommandLineActor(actorId) ? null : actorId }, select: { id: true } });
  for (let from = 0; from < terms.length; from += CHUNK) await tx.glossaryTerm.createMany({ data: terms.slice(from, from + CHUNK).map((term) => ({ ...term, glossaryId: id })) });
  await recordAudit(tx, { actorId, action: "glossary.create", entityType: "Glossary", entityId: id, after: { ...fields, terms: terms.length, from: "backup" } });
  return id;
}
