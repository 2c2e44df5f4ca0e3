// sentencex and cldr-segmentation ship no type declarations; these cover what bench/segment-languages.ts uses.

declare module "sentencex" {
  export function segment(language: string, text: string): string[];
}

declare module "cldr-segmentation" {
  const cldrSegmentation: {
    sentenceSplit(text: string, suppressions?: unknown): string[];
    suppressions: Record<string, unknown>;
  };
  export default cldrSegmentation;
}
