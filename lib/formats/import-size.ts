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

/**
 * A backup holds the imported file, the text, every sentence and its history, so it is several times its document's size;
 * the import page takes one up to what a server action may receive (next.config.ts: bodySizeLimit "12mb", less the form's other fields).
 */
export const MAX_BACKUP_UPLOAD_BYTES = 11 * 1024 * 1024;

export function backupTooLargeMessage(bytes: number): string {
  return `The backup is ${mebibytes(bytes)} MiB; the import page restores up to ${mebibytes(MAX_BACKUP_UPLOAD_BYTES).replace(/\.0$/, "")} MiB. Restore it with the command line: npm run -s verso -- import-backup FILE.`;
}

/** What an upload may weigh: a backup (known by its .json name before it is read) more than a text. */
export function uploadTooLargeMessage(file: { name: string; size: number }): string | null {
  if (/\.json$/i.test(file.name)) return file.size > MAX_BACKUP_UPLOAD_BYTES ? backupTooLargeMessage(file.size) : null;
  return file.size > MAX_IMPORT_BYTES ? importTooLargeMessage(file.size, "file") : null;
}
