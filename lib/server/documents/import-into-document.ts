// The offline round trip: an XLIFF file exported from Verso, edited in a CAT tool, comes back as proposals on the same document.
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { placeholderProblemIn } from "@/lib/server/proposals/check-placeholders";
import { parseXliff } from "@/lib/formats/cat/xliff-parse";
import { placeholdersFromExport } from "@/lib/formats/xliff-codes";
import { detectFormat } from "@/lib/formats/detect-format";
import { decodeText } from "@/lib/formats/text-input";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { idSchema } from "@/lib/validations/common";
import { proposalTextSchema } from "@/lib/validations/proposal";

const inputSchema = z.object({
  documentId: idSchema("document"),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: "Choose a file." }),
  fileName: z.string().max(255).optional(),
});

type Change = { segmentId: number; order: number; version: number; basedOnId: number | null; text: string; before: string };

/**
 * Each unit whose target differs from the segment's current text becomes the actor's proposal; a file that does not match
 * changes nothing. An import like any other (the import page's, the admin's), so document.import; reviewers review the proposals.
 */
export const importIntoDocument = defineUseCase(
  { name: "importIntoDocument", permission: "document.import", input: inputSchema, mode: "staged" },
  async ({ actor, input: { documentId, bytes, fileName }, db, transaction }) => {
    const { text } = decodeText(bytes);
    const format = detectFormat(text, fileName);
    if (format !== "xliff") throw new AppError("bad_input", `Only an XLIFF file can update a document; this file reads as ${format.toUpperCase()}.`);
    const units = parseXliff(text).units;
    const changes = await changesFor(db, documentId, units);
    return transaction(async (tx) => {
      for (const change of changes) await propose(tx, actor.id, documentId, change);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.import-into",
        entityType: "Document",
        entityId: documentId,
        documentId,
        after: { fileName: fileName ?? null, units: units.length, proposals: changes.length },
      });
      return { documentId, units: units.length, proposals: changes.length };
    });
  },
);

async function changesFor(db: Tx, documentId: number, units: ReturnType<typeof parseXliff>["units"]): Promise<Change[]> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!document) {
    const message = `There is no document ${documentId}.`;
    throw new AppError("not_found", message, undefined, { documentId: [message] });
  }
  const segments = await db.segment.findMany({
    where: { documentId },
    select: {
      id: true, order: true, version: true, unitId: true, mtText: true, sourceText: true, inlineCodes: true, currentProposalId: true,
      currentProposal: { select: { text: true, state: true } },
      approvedProposal: { select: { text: true } },
    },
  });
  // The given-back file of a CAT import keeps the file's own ids; a file Verso generated names its units after segment ids,
  // also for a CAT import it could not give back (TMX, or XLIFF 2.0 exported as 1.2).
  const byFileId = new Map(segments.map((segment) => [segment.unitId ?? `s${segment.id}`, segment]));
  const bySegmentId = new Map(segments.map((segment) => [`s${segment.id}`, segment]));
  const unknownIn = (keys: Map<string, unknown>) => units.filter((unit) => !keys.has(unit.key)).map((unit) => unit.key);
  const [byKey, unknown] = [byFileId, bySegmentId].map((keys) => [keys, unknownIn(keys)] as const).sort((a, b) => a[1].length - b[1].length)[0];
  if (unknown.length > 0) {
    const named = unknown.slice(0, 3).map((key) => `"${key}"`).join(", ") + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : "");
    throw new AppError("bad_input", `This file does not belong to document ${documentId}: ${unknown.length} of its ${units.length} units (${named}) are not in it. Nothing was imported.`);
  }
  const changes: Change[] = [];
  for (const unit of units) {
    const segment = byKey.get(unit.key)!;
    const open = segment.currentProposal?.state === "open" ? segment.currentProposal.text : null;
    const current = segment.approvedProposal?.text ?? open ?? segment.mtText;
    // A file Verso generated wrote each placeholder as an inline code whose id is its number (lib/formats/xliff-codes.ts).
    const target = segment.unitId === unit.key ? unit.target : placeholdersFromExport(unit.target, unit.codes);
    if (target.trim() === "" || target.trim() === current.trim()) continue;
    const parsed = proposalTextSchema.safeParse(target);
    if (!parsed.success) throw new AppError("bad_input", `Unit "${unit.key}": ${parsed.error.issues[0].message} Nothing was imported.`);
    const problem = placeholderProblemIn(segment, parsed.data);
    if (problem) throw new AppError("bad_input", `Unit "${unit.key}": ${problem} Nothing was imported.`);
    changes.push({ segmentId: segment.id, order: segment.order, version: segment.version, basedOnId: segment.currentProposalId, text: parsed.data, before: current });
  }
  return changes;
}

async function propose(tx: Tx, authorId: string, documentId: number, change: Change) {
  const proposal = await tx.proposal.create({ data: { segmentId: change.segmentId, authorId, text: change.text, basedOnId: change.basedOnId }, select: { id: true } });
  // The version read before the transaction must still hold: a save in between makes this import a conflict, not an overwrite.
  const updated = await tx.segment.updateMany({
    where: { id: change.segmentId, version: change.version },
    data: { currentProposalId: proposal.id, status: "proposed", version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("conflict", `Sentence ${change.order} changed while the file was being imported; import the file again. Nothing was imported.`);
  const version = change.version + 1;
  await recordAudit(tx, {
    actorId: authorId,
    action: "proposal.submit",
    entityType: "Proposal",
    entityId: proposal.id,
    documentId,
    segmentId: change.segmentId,
    before: { text: change.before, version: change.version },
    after: { status: "proposed", version, text: change.text, basedOnId: change.basedOnId, from: "file" },
  });
  await recordDocumentEvent(tx, {
    documentId,
    type: EVENT.proposalSubmit,
    segmentId: change.segmentId,
    actorId: authorId,
    payload: { row: { status: "proposed", version, currentProposal: { id: proposal.id, text: change.text } } },
  });
}
