import { articleBlocks } from "./final-text";
import type { ExportDocument, ExportOptions } from "./types";

/** The cleaned article; with no approvals and fill "mt" it is the imported text, byte for byte. */
export function txt(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): string {
  return doc.leading + articleBlocks(doc, fill).map((block) => block.text + block.separator).join("");
}
