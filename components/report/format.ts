// How the report writes its numbers; one place, so the tables, charts and labels agree.
export function decimal(value: number | null, digits = 1): string {
  if (value === null) return "—";
  return value.toLocaleString("en", { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function plural(count: number, word: string): string {
  return `${count.toLocaleString("en")} ${count === 1 ? word : `${word}s`}`;
}
