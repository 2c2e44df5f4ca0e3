import type { Tx } from "@/lib/db";
import type { Typology } from "@/lib/metrics/typology";

/** A document's error typology, or undefined for the default one. */
export async function getDocumentTypology(tx: Tx, documentId: number): Promise<Typology | undefined> {
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { typology: { select: { definition: true } } } });
  return document?.typology?.definition as Typology | undefined;
}
