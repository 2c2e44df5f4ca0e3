// The import of a bilingual file from a CAT or MT-evaluation tool: its units become segments, the file is kept verbatim.
import { AppError } from "@/lib/errors";
import { readCatFile } from "@/lib/formats/cat/read-cat-file";
import type { ImportFormat } from "@/lib/formats/detect-format";
import type { DecodedText } from "@/lib/formats/text-input";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { recordAudit } from "@/lib/server/audit";
import type { UseCaseContext } from "@/lib/server/kernel/define-use-case";
import type { ImportDocumentInput } from "@/lib/validations/document";
import { catBlocks } from "./cat-blocks";
import { importTransactionTimeoutMs, insertBlocksAndSegments } from "./insert-segments";

type CatImport = { bytes: Uint8Array; fileName: string | null; decoded: DecodedText; format: ImportFormat; meta: ImportDocumentInput };

/** A language the file declares, in canonical case, else the form's. */
function languageOr(declared: string | null, fallback: string): string {
  if (!declared) return fallback;
  try {
    return Intl.getCanonicalLocales(declared)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

export async function importCatFile(actor: Actor, transaction: UseCaseContext<unknown>["transaction"], { bytes, fileName, decoded, format, meta }: CatImport) {
  const file = readCatFile(decoded.text, format);
  if (file.units.every((unit) => unit.source.trim() === "" && unit.target.trim() === "")) throw new AppError("bad_input", "The file's units are all empty: there is nothing to import.");
  const { text, sourceText, blocks } = catBlocks(file.units);
  const segmentCount = blocks.length;
  return transaction(
    async (tx: Tx) => {
      const typology = await tx.typology.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
      const document = await tx.document.create({
        data: {
          title: meta.title,
          sourceLanguage: languageOr(file.sourceLanguage, meta.sourceLanguage),
          targetLanguage: languageOr(file.targetLanguage, meta.targetLanguage),
          provenance: meta.provenance || file.provenance,
          fileName,
          originalBytes: new Uint8Array(bytes),
          text,
          sourceText,
          importFormat: file.format,
          ...(file.extras ? { catExtras: file.extras } : {}),
          bom: decoded.bom,
          crlf: decoded.crlf,
          cr: decoded.cr,
          segmentCount,
          typologyId: typology?.id ?? null,
          createdById: actor.id,
        },
        select: { id: true, title: true },
      });
      const { blockCount } = await insertBlocksAndSegments(tx, document.id, text, blocks);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.import",
        entityType: "Document",
        entityId: document.id,
        documentId: document.id,
        after: { title: document.title, format: file.format, blocks: blockCount, segments: segmentCount, bytes: bytes.byteLength },
      });
      return { id: document.id, title: document.title, segmentCount, blockCount };
    },
    { timeout: importTransactionTimeoutMs(blocks, segmentCount) },
  );
}
