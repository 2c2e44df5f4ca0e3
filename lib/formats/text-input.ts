// Turns uploaded bytes into the text Verso segments: strict UTF-8, one BOM and CRLF or bare CR line ends remembered for export.
import { AppError } from "@/lib/errors";
import { importTooLargeMessage, MAX_IMPORT_BYTES } from "./import-size";

export { MAX_IMPORT_BYTES };

export type DecodedText = { text: string; bom: boolean; crlf: boolean; cr: boolean };

/** `maxBytes`: a backup may be larger than an import (import-size.ts). */
export function decodeText(bytes: Uint8Array, maxBytes = MAX_IMPORT_BYTES): DecodedText {
  if (bytes.byteLength > maxBytes) {
    throw new AppError("too_large", importTooLargeMessage(bytes.byteLength));
  }
  if (looksLikeUtf16(bytes)) throw new AppError("bad_input", "The file is UTF-16 text; Verso imports UTF-8. Save it as UTF-8 and import it again.");
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new AppError("bad_input", "The file is not UTF-8 text. Save it as UTF-8 and import it again.");
  }
  if (decoded.includes("\u0000")) throw new AppError("bad_input", "The file contains NUL bytes; it looks like a binary file, not text.");
  const bom = decoded.startsWith("\uFEFF");
  const withoutBom = bom ? decoded.slice(1) : decoded;
  // CRLF when there is a line break and none is a lone CR or LF; tested without collecting every break.
  const crlf = withoutBom.includes("\r\n") && !/\r(?!\n)|(?<!\r)\n/.test(withoutBom);
  // Bare CR (classic Mac) when there is a CR and every line break is a lone CR.
  const cr = withoutBom.includes("\r") && !withoutBom.includes("\n");
  const text = withoutBom.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new AppError("bad_input", "The text is empty: there is nothing to import.");
  return { text, bom, crlf, cr };
}

// Notepad's "Unicode" and some CAT tools write UTF-16, which would otherwise read as "not UTF-8" or, without a BOM, as binary.
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 4096);
  let zeroAtOdd = 0;
  let zeroAtEven = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) index % 2 === 1 ? zeroAtOdd++ : zeroAtEven++;
  });
  // Latin text in UTF-16 has a NUL in every other byte; a binary file's NULs fall anywhere.
  const half = sample.length / 2;
  return half >= 2 && Math.max(zeroAtOdd, zeroAtEven) >= half * 0.4 && Math.min(zeroAtOdd, zeroAtEven) <= half * 0.05;
}

/** The inverse of decodeText for an untouched document: gives back the imported bytes. */
export function encodeText(text: string, { bom, crlf, cr = false }: { bom: boolean; crlf: boolean; cr?: boolean }): string {
  const body = crlf ? text.replace(/\n/g, "\r\n") : cr ? text.replace(/\n/g, "\r") : text;
  return bom ? `\uFEFF${body}` : body;
}
