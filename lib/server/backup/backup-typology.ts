// A backup's annotations must be scorable once restored: each names a category, subcategory and severity of the backup's typology.
import { DEFAULT_TYPOLOGY, missingTypologyField, type Typology } from "@/lib/metrics/typology";
import { typologySchema } from "@/lib/validations/typology";
import type { Backup } from "./backup-schema";

const pathText = (path: PropertyKey[]) => path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("");

/** What is wrong with the typology or an annotation's place in it, or null. */
export function typologyProblem({ typology, annotations }: Backup): string | null {
  let scheme: Typology = DEFAULT_TYPOLOGY;
  if (typology !== null) {
    const parsed = typologySchema.safeParse(typology.definition);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return `typology.definition${pathText(issue.path)}: ${issue.message.replace(/\.$/, "")}.`;
    }
    scheme = parsed.data;
  }
  const which = typology === null ? "the default typology" : `the backup's typology ("${typology.name}")`;
  for (const annotation of annotations) {
    const field = missingTypologyField(scheme, annotation);
    if (field === "subcategory") return `annotation ${annotation.ref}'s subcategory "${annotation.subcategory}" is not a subcategory of ${annotation.category} in ${which}.`;
    if (field !== null) return `annotation ${annotation.ref}'s ${field} "${annotation[field]}" is not in ${which}.`;
  }
  return null;
}
