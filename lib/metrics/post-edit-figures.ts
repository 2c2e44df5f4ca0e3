// What the report keeps of one approved text: sacrebleu's sufficient statistics for HTER and chrF, and the sentence scores.
import { chrfFromStats, chrfStats, type ChrfStats } from "./chrf";
import { terFromStats, terStats } from "./ter";

export type PostEditFigures = { terEdits: number; terRefLength: number; chrfStats: ChrfStats; hter: number; chrf: number };

/** HTER is TER from the MT (hypothesis) to the post-edited text (reference); chrF compares the same pair. */
export function postEditFigures(mt: string, pe: string): PostEditFigures {
  const ter = terStats(mt, pe);
  const chrf = chrfStats(mt, pe);
  return { terEdits: ter.edits, terRefLength: ter.refLength, chrfStats: chrf, hter: terFromStats(ter), chrf: chrfFromStats(chrf) };
}
