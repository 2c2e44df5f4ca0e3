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
  const reviewedInputs = inputs.filter((input) => input.approved);
  const reviewed = {
    groups: groupAnnotations(reviewedInputs.flatMap((input) => input.annotations)).groups,
    segments: reviewedInputs.length,
    words: reviewedInputs.reduce((total, input) => total + countWords(input.mt), 0),
  };
  return { progress: progressOf(inputs), scored: reviewedInputs.length, hter, chrf, ...mqmFigures(groups, dismissed, wordCount, reviewed, typology), segments, editors: editorFigures(inputs, names) };
}

/** Each segment counted once, by its current status: a rejected segment waits for a new proposal, not for review. */
export function progressOf(inputs: readonly Pick<ReportSegmentInput, "status">[]): Progress {
  const count = (status: string) => inputs.filter((input) => input.status === status).length;
  return { total: inputs.length, approved: count("approved"), confirmed: count("confirmed"), proposed: count("proposed"), rejected: count("rejected"), untouched: count("new") };
}
