/** The same on server and client (no locale or time zone), so it never causes a hydration mismatch. */
export function formatTime(at: Date) {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
