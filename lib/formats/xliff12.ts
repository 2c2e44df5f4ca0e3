import xmlbuilder from "xmlbuilder";
import type { ExportDocument, ExportOptions, SegmentStatus } from "./types";
import { content12 } from "./xliff-codes";
import { commentNotes, xliffHeaderComment, xliffLanguages, xliffUnits } from "./xliff-units";

// XLIFF 1.2 target states; MT that nobody touched is a suggestion to review, a rejected proposal needs a translation.
const STATES: Record<SegmentStatus, { state: string; qualifier?: string }> = {
  new: { state: "needs-review-translation", qualifier: "mt-suggestion" },
  proposed: { state: "translated" },
  rejected: { state: "needs-translation" },
  approved: { state: "final" },
  // An editor kept the MT as it is; a reviewer has yet to approve the confirmation.
  confirmed: { state: "translated" },
};
const STATE_NOTE =
  "state: needs-review-translation (mt-suggestion) = new, translated = proposed, needs-translation = rejected, final = approved (also approved=\"yes\").";

/** XLIFF 1.2, for the many tools that read only 1.2 (translate-toolkit, Weblate, Pootle): the same units as the 2.0 export. */
export function xliff12(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): string {
  const languages = xliffLanguages(doc);
  const root = xmlbuilder.create("xliff", { version: "1.0", encoding: "UTF-8" });
  root.att({ xmlns: "urn:oasis:names:tc:xliff:document:1.2", version: "1.2" });
  root.comment(xliffHeaderComment(doc, fill, STATE_NOTE));
  const file = root.ele("file", { original: `doc${doc.id}`, datatype: "plaintext", "source-language": languages.source, "target-language": languages.target });
  const documentNotes = commentNotes(doc.comments);
  if (documentNotes.length > 0) {
    const header = file.ele("header");
    for (const note of documentNotes) header.ele("note", { from: note.from }, `${note.category}: ${note.text}`);
  }
  const body = file.ele("body");
  for (const unit of xliffUnits(doc, fill)) {
    const { state, qualifier } = STATES[unit.segment.status];
    const element = body.ele("trans-unit", {
      id: unit.id,
      ...(unit.segment.status === "approved" ? { approved: "yes" } : {}),
      ...(unit.preserveSpace ? { "xml:space": "preserve" } : {}),
    });
    const targetState = { state, ...(qualifier ? { "state-qualifier": qualifier } : {}) };
    if (unit.codes) {
      element.ele("source").raw(content12(unit.source, unit.codes, unit.pairedInBlock));
      element.ele("target", targetState).raw(content12(unit.target, unit.codes, unit.pairedInBlock));
    } else {
      element.ele("source", unit.source);
      element.ele("target", targetState, unit.target);
    }
    for (const note of unit.notes) {
      // 1.2 notes have no category, so it leads the text; flags name their author in "from".
      element.ele("note", { ...(note.from ? { from: note.from } : {}), annotates: note.category === "flag" && !doc.bilingual ? "source" : "general" }, `${note.category}: ${note.text}`);
    }
  }
  return root.end({ pretty: true, indent: "  ", newline: "\n" }) + "\n";
}
