// Which of many changed sentences a bulk change (find and replace, propagation) would give a new error of the checks.
import "server-only";
import type { Tx } from "@/lib/db";
import { documentGlossaryEntries } from "@/lib/server/glossaries/glossary-rows";
import { checkSegments } from "./block-findings";
import { ERROR_CHECKS } from "./proposal-check-errors";

type Change = { segmentId: number; order: number; sourceText: string | null; before: string; after: string };
type Languages = Parameters<typeof checkSegments>[1];

/** A document's languages and glossary for the checks, read at most once however many previews of one request use them. */
export type CheckContext = { languages: () => Promise<Languages> };

export function checkContext(db: Tx, documentId: number): CheckContext {
  let languages: Promise<Languages> | undefined;
  const read = async (): Promise<Languages> => {
    const document = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { sourceLanguage: true, targetLanguage: true } });
    return { ...document, glossary: await documentGlossaryEntries(db, documentId) };
  };
  return { languages: () => (languages ??= read()) };
}

/**
 * The ids of the sentences whose new text has an error finding its current text does not (same check, same words):
 * an error the MT already had does not hold a bulk change back. Each sentence is checked on its own, before and after,
 * so a quote or bracket opened in a neighbour counts the same on both sides.
 */
export async function sentencesWithNewErrors(context: CheckContext, changes: readonly Change[]): Promise<Set<number>> {
  if (changes.length === 0) return new Set();
  const languages = await context.languages();
  const worse = new Set<number>();
  for (const change of changes) {
    const segment = [{ id: change.segmentId, order: change.order, blockId: 0, mtText: change.before, sourceText: change.sourceText }];
    const known = new Map<string, number>();
    for (const finding of errorsOf(checkSegments(segment, languages, ERROR_CHECKS))) known.set(keyOf(finding), (known.get(keyOf(finding)) ?? 0) + 1);
    for (const finding of errorsOf(checkSegments(segment, languages, ERROR_CHECKS, new Map([[change.segmentId, change.after]])))) {
      const left = known.get(keyOf(finding)) ?? 0;
      if (left === 0) {
        worse.add(change.segmentId);
        break;
      }
      known.set(keyOf(finding), left - 1);
    }
  }
  return worse;
}

// A check of severity error may report a milder hit, which holds nothing back.
const errorsOf = <F extends { severity: string }>(findings: F[]) => findings.filter((f) => f.severity === "error");
const keyOf = (finding: { check: string; text: string }) => `${finding.check}\u0000${finding.text}`;
