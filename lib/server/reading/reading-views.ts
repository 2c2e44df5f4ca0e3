import { z } from "zod";

/** The ways to read a document: its corrected text, the MT, the source (bilingual documents only), the changes to the MT. */
export const READING_VIEWS = ["corrected", "mt", "source", "changes"] as const;
export type ReadingView = (typeof READING_VIEWS)[number];
export const readingViewSchema = z.enum(READING_VIEWS, { message: "Choose corrected, mt, source or changes." });

export const READING_VIEW_LABELS: Record<ReadingView, string> = { corrected: "Corrected", mt: "MT", source: "Source", changes: "Changes" };

/** A stored choice that no longer applies (no source, an unknown value) falls back to the corrected text. */
export function effectiveView(stored: string | null, hasSource: boolean): ReadingView {
  const parsed = readingViewSchema.safeParse(stored);
  if (!parsed.success) return "corrected";
  return parsed.data === "source" && !hasSource ? "corrected" : parsed.data;
}
