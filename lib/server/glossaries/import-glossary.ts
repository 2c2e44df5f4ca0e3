import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { GlossaryEntry } from "@/lib/checks/types";
import { readGlossaryFile } from "@/lib/formats/glossary-read";
import { recordAudit } from "@/lib/server/audit";
import { announceGlossaryChange } from "@/lib/server/live/announce-glossary-change";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { termSchema } from "@/lib/validations/glossary";
import { findGlossary } from "./glossary-rows";

const importGlossarySchema = z.object({
  glossaryId: idSchema("glossary"),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength > 0, { message: "Choose a CSV or TBX file." }),
  fileName: z.string().trim().min(1, "Choose a CSV or TBX file.").max(255, "That file name is too long."),
});

/** Each entry checked as the term form checks it; the same source twice in a file: the later row wins. */
function validEntries(entries: GlossaryEntry[]) {
  const bySource = new Map<string, z.output<typeof termSchema>>();
  entries.forEach((entry, index) => {
    const parsed = termSchema.safeParse({ ...entry, note: entry.note ?? "" });
    if (!parsed.success) throw new AppError("bad_input", `Term ${index + 1} ("${entry.source.slice(0, 40)}"): ${parsed.error.issues[0].message}`);
    bySource.set(parsed.data.source, parsed.data);
  });
  return [...bySource.values()];
}

/**
 * Reads a CSV or TBX file into a glossary: new source terms are added, known ones take the file's entry (their
 * version goes up, so an editor's stale save is refused). Reads everything before writing: a bad file stores nothing.
 */
export const importGlossary = defineUseCase(
  { name: "importGlossary", permission: "glossary.manage", input: importGlossarySchema, mode: "staged", timeout: 60_000 },
  async ({ actor, input: { glossaryId, bytes, fileName }, db, transaction }) => {
    const glossary = await findGlossary(db, glossaryId);
    const entries = validEntries(readGlossaryFile(bytes, fileName, glossary.sourceLanguage, glossary.targetLanguage));
    return transaction(async (tx) => {
      await findGlossary(tx, glossaryId);
      const rows = await tx.$queryRaw<{ inserted: boolean }[]>`
        INSERT INTO "GlossaryTerm" ("glossaryId", source, preferred, forbidden, note, "updatedAt")
        SELECT ${glossaryId}, x.source, x.preferred, x.forbidden, x.note, now()
        FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) AS x(source text, preferred text, forbidden text[], note text)
        ON CONFLICT ("glossaryId", source) DO UPDATE
          SET preferred = excluded.preferred, forbidden = excluded.forbidden, note = excluded.note,
              version = "GlossaryTerm".version + 1, "updatedAt" = now()
          WHERE ("GlossaryTerm".preferred, "GlossaryTerm".forbidden, "GlossaryTerm".note)
            IS DISTINCT FROM (excluded.preferred, excluded.forbidden, excluded.note)
        RETURNING (xmax = 0) AS inserted`;
      const added = rows.filter((r) => r.inserted).length;
      const result = { read: entries.length, added, updated: rows.length - added, unchanged: entries.length - rows.length };
      if (rows.length > 0) await announceGlossaryChange(tx, actor.id, glossaryId);
      await recordAudit(tx, { actorId: actor.id, action: "glossary.import", entityType: "Glossary", entityId: glossaryId, after: { fileName, ...result } });
      return result;
    });
  },
);
