// An annotation must name a category, subcategory and severity of its document's typology and lie inside the MT text.
import { AppError } from "@/lib/errors";
import { DEFAULT_TYPOLOGY, missingTypologyField, type Typology } from "@/lib/metrics/typology";
import type { ParsedAnnotationFields } from "@/lib/validations/annotation";

export const OMISSION = { category: "Accuracy", subcategory: "Omission" };
export const NON_TRANSLATION = "Non-translation";

export function checkAnnotation(fields: ParsedAnnotationFields, mtText: string, typology: Typology | null | undefined) {
  const data = { ...fields, subcategory: fields.subcategory ?? null };
  const scheme = typology ?? DEFAULT_TYPOLOGY;
  const missing = missingTypologyField(scheme, data);
  if (missing === "category") throw new AppError("bad_input", `"${data.category}" is not a category of this document's error typology.`);
  if (missing === "subcategory") throw new AppError("bad_input", `"${data.subcategory}" is not a subcategory of ${data.category}.`);
  if (missing === "severity") throw new AppError("bad_input", `"${data.severity}" is not a severity of this typology.`);
  if (data.category === NON_TRANSLATION) return { ...data, start: 0, end: mtText.length };
  if (data.end > mtText.length || data.start > data.end) {
    throw new AppError("bad_input", `The span [${data.start}, ${data.end}) lies outside the sentence (${mtText.length} characters).`);
  }
  const isOmission = data.category === OMISSION.category && data.subcategory === OMISSION.subcategory;
  if (data.start === data.end && !isOmission) throw new AppError("bad_input", "Select the words that are wrong; only an omission is flagged at a single point.");
  if (data.start !== data.end && isOmission) throw new AppError("bad_input", "Flag an omission at the point where words are missing, not on a span.");
  return data;
}
