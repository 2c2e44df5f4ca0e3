import { AppError } from "@/lib/errors";

/** Under the server actions' 12 MB body limit (next.config.ts), so an oversized file meets this message, not the limit. */
export const MAX_TMX_BYTES = 10 * 1024 * 1024;

export function tmxTooLargeMessage(bytes: number): string {
  return `The TMX file is ${(bytes / 1048576).toFixed(1)} MiB; at most ${MAX_TMX_BYTES / 1048576} MiB are imported at a time.`;
}

/** A TMX file's text: UTF-16 when it starts with a UTF-16 byte-order mark (TMX allows it), else strict UTF-8. */
export function decodeTmxBytes(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  try {
    return new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_input", `The TMX file is not valid ${utf16 ? "UTF-16" : "UTF-8"} text.`);
  }
}
