// The default MQM error typology of PRODUCT.md, after MQM as used in the WMT human evaluations (Freitag et al., 2021).

export type TypologyCategory = { name: string; subcategories: string[] };
export type TypologySeverity = { name: string; weight: number };

/**
 * A weight that replaces the severity's: for a category, optionally narrowed to a
 * subcategory and/or a severity. The first override that matches wins.
 */
export type TypologyOverride = { category: string; subcategory?: string; severity?: string; weight: number };

/** Plain data, so a document can store its own scheme (Typology.definition) in the same shape. */
export type Typology = {
  categories: TypologyCategory[];
  severities: TypologySeverity[];
  overrides: TypologyOverride[];
};

export const DEFAULT_TYPOLOGY: Typology = {
  categories: [
    { name: "Accuracy", subcategories: ["Mistranslation", "Addition", "Omission", "Untranslated"] },
    { name: "Fluency", subcategories: ["Grammar", "Spelling", "Punctuation", "Register", "Inconsistency", "Character encoding"] },
    { name: "Terminology", subcategories: ["Inappropriate for context", "Inconsistent use"] },
    { name: "Style", subcategories: ["Awkward"] },
    { name: "Locale convention", subcategories: ["Address", "Date", "Currency", "Telephone", "Time", "Name format"] },
    { name: "Other", subcategories: [] },
    // Flags the whole segment, not a span.
    { name: "Non-translation", subcategories: [] },
  ],
  severities: [
    { name: "Neutral", weight: 0 },
    { name: "Minor", weight: 1 },
    { name: "Major", weight: 5 },
    { name: "Critical", weight: 25 },
  ],
  overrides: [
    { category: "Fluency", subcategory: "Punctuation", severity: "Minor", weight: 0.1 },
    { category: "Non-translation", weight: 25 },
  ],
};

export type TypologyField = "category" | "subcategory" | "severity";

/** The first of an annotation's category, subcategory and severity that the scheme does not have; null when it has all three. */
export function missingTypologyField(scheme: Typology, annotation: { category: string; subcategory?: string | null; severity: string }): TypologyField | null {
  const category = scheme.categories.find((entry) => entry.name === annotation.category);
  if (!category) return "category";
  if (annotation.subcategory && !category.subcategories.includes(annotation.subcategory)) return "subcategory";
  return scheme.severities.some((severity) => severity.name === annotation.severity) ? null : "severity";
}
