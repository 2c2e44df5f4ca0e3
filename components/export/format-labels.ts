// How the export page names each format; a format added to EXPORT_FORMATS later still shows, under its own name.
export const ARTICLE_FORMATS = ["txt", "md", "html", "docx"];

const LABELS: Record<string, { label: string; about: string }> = {
  txt: { label: "Plain text (.txt)", about: "The article as plain text, with the original line breaks." },
  md: { label: "Markdown (.md)", about: "Headings and paragraphs in Markdown." },
  html: { label: "HTML (.html)", about: "A web page." },
  docx: { label: "Word (.docx)", about: "A Word document." },
  xliff: { label: "XLIFF 2.0 (.xlf)", about: "MT and final text per segment, with segment states." },
  tmx: { label: "TMX (.tmx)", about: "Translation memory: MT → final text pairs." },
  "mqm-tsv": { label: "MQM annotations (.tsv)", about: "Error flags in the WMT layout; dismissed flags are left out." },
  triplets: { label: "Post-editing triplets (.jsonl)", about: "One {src, mt, pe} line per segment." },
  backup: { label: "Full backup (.json)", about: "Everything about the document; imports back to the same state." },
};

export function formatLabel(format: string) {
  return LABELS[format] ?? { label: format.toUpperCase(), about: "" };
}
