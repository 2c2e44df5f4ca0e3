import { AppError } from "@/lib/errors";

/** A TMX file's text: UTF-16 when it starts with a UTF-16 byte-order mark (TMX allows it), else strict UTF-8. */
export function decodeTmxBytes(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  try {
    return new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_input", `The TMX file is not valid ${utf16 ? "UTF-16" : "UTF-8"} text.`);
  }
}
