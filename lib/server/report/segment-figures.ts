// Per-segment HTER, chrF, MQM penalty and time, and the document's corpus HTER and chrF from the same statistics.
import { chrfFromStats, chrfStats, sumChrfStats, type ChrfStats } from "@/lib/metrics/chrf";
import { segmentPenalty, type MqmWeights } from "@/lib/metrics/mqm";
import { sumTerStats, terFromStats, terStats, type TerStats } from "@/lib/metrics/ter";
import type { ReportSegmentInput, SegmentFigures } from "./types";

export type SegmentMetrics = { segments: SegmentFigures[]; hter: number | null; chrf: number | null };

/**
 * HTER is TER from the MT (hypothesis) to the approved text (reference); chrF compares the same pair.
 * The document figures are corpus scores (summed statistics), as sacrebleu's corpus_score, over approved segments only.
 */
export function segmentMetrics(inputs: readonly ReportSegmentInput[], weights: MqmWeights): SegmentMetrics {
  const ter: TerStats[] = [];
  const chrf: ChrfStats[] = [];
  const segments = inputs.map((input): SegmentFigures => {
    const counted = input.annotations.filter((annotation) => annotation.state !== "dismissed");
    const figures = {
      id: input.id,
      order: input.order,
      status: input.status,
      penalty: segmentPenalty(counted, weights),
      activeMs: input.time.reduce((total, slice) => total + slice.activeMs, 0),
    };
    if (!input.approved) return { ...figures, hter: null, chrf: null };
    const terOfSegment = terStats(input.mt, input.approved.text);
    const chrfOfSegment = chrfStats(input.mt, input.approved.text);
    ter.push(terOfSegment);
    chrf.push(chrfOfSegment);
    return { ...figures, hter: terFromStats(terOfSegment), chrf: chrfFromStats(chrfOfSegment) };
  });
  if (ter.length === 0) return { segments, hter: null, chrf: null };
  return { segments, hter: terFromStats(sumTerStats(ter)), chrf: chrfFromStats(sumChrfStats(chrf)) };
}
