import { glossaryCsv, glossaryTbx } from "@/lib/formats/glossary-write";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { exportGlossarySchema } from "@/lib/validations/glossary";
import { entryOf, findGlossary } from "./glossary-rows";

/** A glossary as a CSV or TBX-Basic file that importGlossary (and other tools) read back. */
export const exportGlossary = defineUseCase(
  { name: "exportGlossary", permission: "glossary.read", input: exportGlossarySchema, mode: "read" },
  async ({ input: { glossaryId, format }, db }) => {
    const glossary = await findGlossary(db, glossaryId);
    const terms = await db.glossaryTerm.findMany({ where: { glossaryId }, orderBy: [{ source: "asc" }, { id: "asc" }], select: { source: true, preferred: true, forbidden: true, note: true } });
    const entries = terms.map(entryOf);
    const base = glossary.name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "") || "glossary";
    return format === "csv"
      ? { fileName: `${base}.csv`, contentType: "text/csv; charset=utf-8", body: glossaryCsv(entries) }
      : { fileName: `${base}.tbx`, contentType: "application/x-tbx+xml; charset=utf-8", body: glossaryTbx({ ...glossary, entries }) };
  },
);
