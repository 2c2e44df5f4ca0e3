// Inline codes as protected placeholders: ⟦1⟧ for a standalone code, ⟦1⟧…⟦/1⟧ around text a paired code wraps.
/** A segment's placeholders: token -> the exact XML it stands for. */
export type InlineCodes = Record<string, string>;

export const PLACEHOLDER = /⟦\/?\d+⟧/g;

export function placeholdersIn(text: string): string[] {
  return text.match(PLACEHOLDER) ?? [];
}

/** The codes of the placeholders in `text`, each taken from the first of `sources` that has it. */
export function codesIn(text: string, ...sources: readonly (InlineCodes | null)[]): InlineCodes {
  const kept: InlineCodes = {};
  for (const token of placeholdersIn(text)) {
    const code = sources.find((source) => source && Object.hasOwn(source, token))?.[token];
    if (code !== undefined) kept[token] = code;
  }
  return kept;
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
  return crossingProblem(found, codes, name);
}

/**
 * An end tag closes the innermost element open, so pairs whose closing code is one (HTML's tags, XLIFF's <g>, <pc>, <mrk>)
 * must nest: ⟦1⟧a ⟦2⟧b⟦/1⟧ c⟦/2⟧ would be written as overlapping tags. Codes made to overlap (<bpt>/<ept>, <sc/>/<ec/>) may.
 * A half whose other half is in another sentence stays outside every pair this one opens.
 */
function crossingProblem(found: readonly string[], codes: InlineCodes, name: (token: string) => string): string | null {
  const open: string[] = [];
  for (const token of found) {
    const closing = token.startsWith("⟦/");
    const pair = closing ? token : token.replace("⟦", "⟦/");
    if (!/^<\//.test(codes[pair] ?? "")) continue;
    if (!closing) {
      open.push(token);
      continue;
    }
    const opener = token.replace("⟦/", "⟦");
    const innermost = open.at(-1);
    if (innermost !== undefined && innermost !== opener) {
      return `The placeholder ${name(token)} closes inside ${name(innermost)}…${name(innermost.replace("⟦", "⟦/"))}; keep each pair inside or outside the other.`;
    }
    open.pop();
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
