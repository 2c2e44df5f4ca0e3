import type { Backup } from "./backup-schema";

/**
 * One record per line inside each list: the file diffs line by line, and it is still plain JSON.
 * Key order follows the objects as built, so the same backup always gives the same bytes.
 */
export function serializeBackup(backup: Backup): string {
  const fields = Object.entries(backup).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(value)) return `  ${name}: ${JSON.stringify(value)}`;
    if (value.length === 0) return `  ${name}: []`;
    return `  ${name}: [\n${value.map((record) => `    ${JSON.stringify(record)}`).join(",\n")}\n  ]`;
  });
  return `{\n${fields.join(",\n")}\n}\n`;
}
