// How the export page names each format; a format added to EXPORT_FORMATS later still shows, under its own name.
export const ARTICLE_FORMATS = ["txt", "md", "html", "docx"];

const LABELS: Record<string, { label: string; about: string }> = {
  txt: { label: "Plain text (.txt)", about: "The article as plain text, with the original line breaks." },
  md: { label: "Markdown (.md)", about: "Headings and paragraphs in Markdown." },
  html: { label: "HTML (.html)", about: "A web page." },
  docx: { label: "Word (.docx)", about: "A Word document." },
  xliff: { label: "XLIFF 2.0 (.xlf)", about: "Every segment: source (or the MT when there is none), final text, state, flags as notes." },
  xliff12: { label: "XLIFF 1.2 (.xlf)", about: "The same units as XLIFF 2.0, for tools that read only 1.2 (translate-toolkit, Weblate, Pootle)." },
  tmx: { label: "TMX (.tmx)", about: "Translation memory: one unit per post-edited segment, MT → final text (and the source when there is one), with dates." },
  "mqm-tsv": {
    label: "MQM annotations (.tsv)",
    about: "Error flags in the WMT / Marot layout, spans marked <v>…</v>, plus a No-error row per reviewed segment without flags; dismissed flags are left out.",
  },
  triplets: {
    label: "Post-editing triplets (.jsonl)",
    about: "One {doc, segment, order, src, mt, pe} line per post-edited segment only: approved ones, plus open proposals when filling with the latest proposal. Segments left as MT have no line.",
  },
  backup: { label: "Full backup (.json)", about: "Everything about the document; imports back to the same state." },
};

const GIVEN_BACK = "The file you imported, every byte kept, with each approved target written back (state final); the CAT tool that made it reads it back.";
const GENERATED_12 = "Verso's own units, one per segment (ids s<segment id>), for tools that read only 1.2; it imports back into this document too.";

/** A document imported from XLIFF gets that file back (--format xliff, and xliff12 when it was 1.2), not Verso's own units. */
export function formatLabel(format: string, importFormat?: string | null) {
  if ((format === "xliff" || format === "xliff12") && (importFormat === "xliff-1.2" || importFormat === "xliff-2.0")) {
    const version = importFormat === "xliff-1.2" ? "1.2" : "2.0";
    if (format === "xliff" || version === "1.2") return { label: `XLIFF ${version} (.xlf): the imported file`, about: GIVEN_BACK };
    return { label: "XLIFF 1.2 (.xlf)", about: GENERATED_12 };
  }
  return LABELS[format] ?? { label: format.toUpperCase(), about: "" };
}
