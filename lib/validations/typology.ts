// The shape of an error typology (lib/metrics/typology.ts) read from outside, such as a backup's: scoring needs every part.
import { z } from "zod";

const name = z.string().min(1);
const weight = z.number().min(0);

export const typologySchema = z.object({
  categories: z.array(z.object({ name, subcategories: z.array(name) })).min(1),
  severities: z.array(z.object({ name, weight })).min(1),
  overrides: z.array(z.object({ category: name, subcategory: name.optional(), severity: name.optional(), weight })),
});
