// Inline codes as protected placeholders: ⟦1⟧ for a standalone code, ⟦1⟧…⟦/1⟧ around text a paired code wraps.
/** A segment's placeholders: token -> the exact XML it stands for. */
export type InlineCodes = Record<string, string>;

export const PLACEHOLDER = /⟦\/?\d+⟧/g;

export function placeholdersIn(text: string): string[] {
  return text.match(PLACEHOLDER) ?? [];
}

/** The placeholders an editor starts from must all survive: those of the MT, or of the source when there is no MT. */
export function requiredPlaceholders(mt: string, source: string | null): string[] {
  return placeholdersIn(mt.trim() !== "" ? mt : (source ?? ""));
}

/**
 * Why a proposal cannot be stored, naming the placeholder, or null when every required one is there once, none is
 * unknown or broken, and each pair opens before it closes.
 */
export function placeholderProblem(text: string, codes: InlineCodes, required: readonly string[]): string | null {
  const name = (token: string) => (codes[token] ? `${token} (${codes[token]})` : token);
  const leftover = text.replace(PLACEHOLDER, "");
  const broken = /⟦\/?\d*|\/?\d*⟧/.exec(leftover);
  if (broken) return `The placeholder "${broken[0]}" is broken: placeholders such as ⟦1⟧ stand for the file's inline codes; move them whole, never edit them.`;
  const found = placeholdersIn(text);
  for (const token of found) {
    if (!Object.hasOwn(codes, token)) return `${token} is not a placeholder of this sentence; remove it.`;
  }
  for (const token of required) {
    if (!found.includes(token)) return `The proposal is missing the placeholder ${name(token)}; move placeholders, never delete them.`;
  }
  const seen = new Set<string>();
  for (const token of found) {
    if (seen.has(token)) return `The placeholder ${name(token)} appears twice; keep it once.`;
    seen.add(token);
    if (token.startsWith("⟦/")) {
      const open = token.replace("⟦/", "⟦");
      if (found.includes(open) && !seen.has(open)) return `The placeholder ${name(token)} closes before ${name(open)} opens; keep the pair in order.`;
    }
  }
  return null;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A segment's text back as XLIFF content: text escaped, each placeholder its code's own XML. */
export function placeholdersToXml(text: string, codes: InlineCodes): string {
  return placeholdersToMarkup(text, codes, escapeXml);
}

/** A segment's text back as markup: text through `escape`, each placeholder the markup it stands for. */
export function placeholdersToMarkup(text: string, codes: InlineCodes, escape: (text: string) => string): string {
  let markup = "";
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    markup += escape(text.slice(last, match.index)) + (codes[match[0]] ?? escape(match[0]));
    last = match.index + match[0].length;
  }
  return markup + escape(text.slice(last));
}
