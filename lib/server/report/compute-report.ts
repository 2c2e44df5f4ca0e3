import type { Typology } from "@/lib/metrics/typology";
import { editorFigures } from "./editor-figures";
import { countWords } from "@/lib/metrics/mqm";
import { groupAnnotations, mqmFigures } from "./mqm-figures";
import { segmentMetrics } from "./segment-figures";
import type { Progress, QualityReport, ReportSegmentInput, SegmentFigures } from "./types";

/**
 * Every number of the quality report from the texts, in document order; pure, so it is tested without a database.
 * The report page reads stored statistics instead (read-*.ts); this is the reference it must agree with.
 */
export function computeReport(
  inputs: readonly ReportSegmentInput[],
  typology: Typology,
  names: ReadonlyMap<string, string>,
): QualityReport & { segments: SegmentFigures[] } {
  const { segments, hter, chrf } = segmentMetrics(inputs, typology);
  const { groups, dismissed } = groupAnnotations(inputs.flatMap((input) => input.annotations));
  const wordCount = inputs.reduce((total, input) => total + countWords(input.mt), 0);
  const scored = inputs.filter((input) => input.approved).length;
  return { progress: progressOf(inputs), scored, hter, chrf, ...mqmFigures(groups, dismissed, wordCount, typology), segments, editors: editorFigures(inputs, names) };
}

/** As the document list counts: a rejected segment is still proposed work, waiting for a new proposal. */
export function progressOf(inputs: readonly Pick<ReportSegmentInput, "status">[]): Progress {
  const count = (status: string) => inputs.filter((input) => input.status === status).length;
  const rejected = count("rejected");
  return { total: inputs.length, approved: count("approved"), confirmed: count("confirmed"), proposed: count("proposed") + rejected, rejected, untouched: count("new") };
}
