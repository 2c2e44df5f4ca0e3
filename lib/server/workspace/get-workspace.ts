import { z } from "zod";
import { DEFAULT_TYPOLOGY, type Typology } from "@/lib/metrics/typology";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { isBilingual } from "./is-bilingual";

/** What the workspace needs besides its segments: the document's header and its error typology, or null. */
export const getWorkspace = defineUseCase(
  { name: "getWorkspace", permission: "document.read", input: z.object({ documentId: idSchema("document") }), mode: "read" },
  async ({ input: { documentId }, db }) => {
    // Read before the page lists segments: the live stream replays from here, so nothing between the two is missed.
    const lastEvent = await db.documentEvent.findFirst({ where: { documentId }, orderBy: { id: "desc" }, select: { id: true } });
    const document = await db.document.findUnique({
      where: { id: documentId },
      select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, segmentCount: true, typology: { select: { definition: true } } },
    });
    if (!document) return null;
    const { typology, ...rest } = document;
    return { ...rest, bilingual: await isBilingual(db, documentId), typology: (typology?.definition as Typology | undefined) ?? DEFAULT_TYPOLOGY, lastEventId: String(lastEvent?.id ?? 0) };
  },
);

export type WorkspaceDocument = NonNullable<Awaited<ReturnType<typeof getWorkspace>>>;
