/** A text for Prisma's `contains`, which reaches PostgreSQL as a LIKE pattern unescaped: "%", "_" and "\" stand for themselves. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
