// One size limit for imports, worded the same in the form (before sending) and on the server.
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

function mebibytes(bytes: number) {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** The message for an import over the limit; `what` says whether an uploaded file or pasted text was too large. */
export function importTooLargeMessage(bytes: number, what: "file" | "text" = "text"): string {
  const subject = what === "file" ? "The file" : "The text";
  return `${subject} is ${mebibytes(bytes)} MiB; Verso imports up to ${mebibytes(MAX_IMPORT_BYTES).replace(/\.0$/, "")} MiB at a time.`;
}
