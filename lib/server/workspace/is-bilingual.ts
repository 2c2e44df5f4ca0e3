import type { Tx } from "@/lib/db";

/** Whether the document has a source, without reading the source itself (it can be megabytes). */
export async function isBilingual(db: Tx, documentId: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ bilingual: boolean }[]>`SELECT "sourceText" IS NOT NULL AS bilingual FROM "Document" WHERE id = ${documentId}`;
  return rows[0]?.bilingual ?? false;
}
