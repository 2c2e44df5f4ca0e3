import type { Typology } from "@/lib/metrics/typology";
import { editorFigures } from "./editor-figures";
import { mqmFigures } from "./mqm-figures";
import { segmentMetrics } from "./segment-figures";
import type { Progress, QualityReport, ReportSegmentInput } from "./types";

/** Every number of the quality report, from the segments in document order; pure, so it is tested without a database. */
export function computeReport(inputs: readonly ReportSegmentInput[], typology: Typology, names: ReadonlyMap<string, string>): QualityReport {
  const { segments, hter, chrf } = segmentMetrics(inputs, typology);
  return { progress: progressOf(inputs), hter, chrf, ...mqmFigures(inputs, typology), segments, editors: editorFigures(inputs, names) };
}

/** As the document list counts: a rejected segment is still proposed work, waiting for a new proposal. */
export function progressOf(inputs: readonly Pick<ReportSegmentInput, "status">[]): Progress {
  const count = (status: string) => inputs.filter((input) => input.status === status).length;
  const rejected = count("rejected");
  return { total: inputs.length, approved: count("approved"), proposed: count("proposed") + rejected, rejected, untouched: count("new") };
}
