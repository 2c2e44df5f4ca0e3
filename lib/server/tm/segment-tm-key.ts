import { mtLanguage } from "@/lib/formats/tmx";

export type TmKey = { text: string; sourceLanguage: string; targetLanguage: string; keyedBy: "source" | "mt" };

/** What a segment is looked up by, as tm-pair-sql.ts stores it: its source sentence, else its MT. */
export function segmentTmKey(segment: { mtText: string; sourceText: string | null }, document: { sourceLanguage: string; targetLanguage: string }): TmKey {
  const source = segment.sourceText?.trim() ?? "";
  if (source) return { text: source, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage, keyedBy: "source" };
  return { text: segment.mtText.trim(), sourceLanguage: mtLanguage(document.targetLanguage), targetLanguage: document.targetLanguage, keyedBy: "mt" };
}
