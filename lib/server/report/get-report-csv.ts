import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { readTypology } from "./get-report";
import { readAnnotationKinds } from "./read-annotation-kinds";
import { segmentRowsInOrder } from "./read-segment-rows";
import { SEGMENT_CSV_HEADER, segmentCsvLines } from "./segment-csv";

/** The report's per-segment table as CSV, every segment in document order, from stored figures; null for no such document. */
export const getReportCsv = defineUseCase(
  { name: "getReportCsv", permission: "report.read", input: z.object({ documentId: idSchema("document") }), mode: "staged" },
  async ({ input: { documentId }, transaction }) =>
    transaction(
      async (db) => {
        const found = await readTypology(db, documentId);
        if (!found) return null;
        const { kinds } = await readAnnotationKinds(db, documentId, found.typology);
        let csv = SEGMENT_CSV_HEADER;
        for await (const rows of segmentRowsInOrder(db, documentId, kinds)) csv += segmentCsvLines(rows);
        return { title: found.document.title, csv };
      },
      { isolationLevel: "RepeatableRead", timeout: 60_000 },
    ),
);
