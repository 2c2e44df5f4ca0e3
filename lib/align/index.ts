// Sentence alignment of a source and its translation: pure, deterministic, linear in practice.
export { alignParagraphs, alignSegmentedTexts, alignSegmentedTextsSteps, alignSentences, alignTexts } from "./align-texts";
export type { AlignedSpans, AlignmentGroup, AlignOptions, TextAlignment, TextLanguages } from "./align-texts";
export { anchorsOf, nameKey } from "./anchors";
