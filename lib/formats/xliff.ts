import xmlbuilder from "xmlbuilder";
import type { ExportDocument, ExportOptions, SegmentStatus } from "./types";
import { content20, writeOriginalData20 } from "./xliff-codes";
import { commentNotes, xliffHeaderComment, xliffLanguages, xliffUnits } from "./xliff-units";

// A rejected segment goes back to "initial": its target is no accepted translation.
const STATES: Record<SegmentStatus, string> = { new: "initial", proposed: "translated", rejected: "initial", approved: "final", confirmed: "translated" };
const STATE_NOTE = "state: initial = new or rejected, translated = proposed, final = approved; subState keeps the Verso status.";

/** XLIFF 2.0: one unit per segment, the source sentence (or the MT) as source, the final text as target, with segment states and flags as notes. */
export function xliff(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): string {
  const languages = xliffLanguages(doc);
  const root = xmlbuilder.create("xliff", { version: "1.0", encoding: "UTF-8" });
  root.att({ xmlns: "urn:oasis:names:tc:xliff:document:2.0", version: "2.0", srcLang: languages.source, trgLang: languages.target });
  root.comment(xliffHeaderComment(doc, fill, STATE_NOTE));
  const file = root.ele("file", { id: `doc${doc.id}` });
  const documentNotes = commentNotes(doc.comments);
  if (documentNotes.length > 0) {
    const notes = file.ele("notes");
    for (const note of documentNotes) notes.ele("note", { category: note.category }, `${note.text} (${note.from})`);
  }
  for (const unit of xliffUnits(doc, fill)) {
    const element = file.ele("unit", { id: unit.id, ...(unit.preserveSpace ? { "xml:space": "preserve" } : {}) });
    const notes = element.ele("notes");
    for (const note of unit.notes) notes.ele("note", { category: note.category }, note.from ? `${note.text} (${note.from})` : note.text);
    if (unit.codes) writeOriginalData20(element, [unit.source, unit.target], unit.codes);
    const segment = element.ele("segment", { state: STATES[unit.segment.status], subState: `verso:${unit.segment.status}` });
    if (unit.codes) {
      segment.ele("source").raw(content20(unit.source, unit.codes, unit.pairedInBlock));
      segment.ele("target").raw(content20(unit.target, unit.codes, unit.pairedInBlock));
    } else {
      segment.ele("source", unit.source);
      segment.ele("target", unit.target);
    }
  }
  return root.end({ pretty: true, indent: "  ", newline: "\n" }) + "\n";
}
