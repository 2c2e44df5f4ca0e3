// The pieces every input schema is made of: ids that fit PostgreSQL's int4, and text PostgreSQL can store.
import { z } from "zod";

export const INT4_MAX = 2_147_483_647;

// A union that fails says only "Invalid input", so the message for what is no number is the union's own.
// Up to 20 digits, so a number past int4 is "too large" rather than Infinity.
const digitsOrNumber = (what: string) =>
  z.union([z.number(), z.string().trim().regex(/^\d{1,20}$/).transform(Number)], { message: `That ${what} is not a number.` });

/** A row id from JSON, a form field or a URL: digits only, 1 to 2^31 - 1 (a larger one would overflow int4). */
export function idSchema(what = "id") {
  return digitsOrNumber(what).pipe(
    z.number({ message: `That ${what} is not a number.` }).int(`That ${what} is not a whole number.`).min(1, `That ${what} is not valid.`).max(INT4_MAX, `There is no such ${what}.`),
  );
}

/** A count or version, 0 to 2^31 - 1. */
export function countSchema(what = "number") {
  return digitsOrNumber(what).pipe(z.number().int(`That ${what} is not a whole number.`).min(0, `That ${what} is not valid.`).max(INT4_MAX, `That ${what} is too large.`));
}

/** Text without NUL characters (PostgreSQL refuses them) or lone surrogates (not valid Unicode). */
export function textSchema() {
  return z
    .string()
    .refine((text) => !text.includes("\u0000"), "The text contains a NUL character.")
    .refine((text) => text.isWellFormed(), "The text contains an invalid character (a lone surrogate).");
}

/** A user id as better-auth makes them (UUIDs), checked before it reaches a query. */
export const userIdSchema = textSchema().trim().min(1, "Choose a person.").max(100, "That person is not valid.");

/** A page number from a URL: a bad or missing one is page 1, a huge one is the last page's problem, not an error. */
export const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1);

/** A person's name as the queue, log and report show it. */
export const personNameSchema = textSchema().trim().min(1, "Give the person's name.").max(120, "Keep the name under 120 characters.");
