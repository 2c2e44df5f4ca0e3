import { getDb } from "@/lib/db";
import { DEFAULT_TYPOLOGY, type Typology } from "@/lib/metrics/typology";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";

/** What the workspace needs besides its segments: the document's header and its error typology, or null. */
export async function getWorkspace({ actor, documentId }: { actor: Actor | null; documentId: number }) {
  requirePermission(actor, "document.read");
  if (!Number.isSafeInteger(documentId) || documentId <= 0) return null;
  const document = await getDb().document.findUnique({
    where: { id: documentId },
    select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, segmentCount: true, typology: { select: { definition: true } } },
  });
  if (!document) return null;
  const { typology, ...rest } = document;
  return { ...rest, typology: (typology?.definition as Typology | undefined) ?? DEFAULT_TYPOLOGY };
}

export type WorkspaceDocument = NonNullable<Awaited<ReturnType<typeof getWorkspace>>>;
