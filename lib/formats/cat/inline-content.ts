// An XLIFF source or target as text with placeholders: inline codes become ⟦n⟧ tokens numbered by the source's order.
import { localName, type XmlElement, type XmlNode } from "../safe-xml";
import type { InlineCodes } from "./placeholders";

// Codes that wrap text; every other element inside a source or target is a standalone code, kept whole.
const PAIRED = new Set(["g", "pc", "mrk"]);

/** Numbers codes across a unit's source and target, so a code in the target gets the number of the same code in the source. */
export class CodeNumbering {
  private numbers = new Map<string, number>();
  readonly codes: InlineCodes = {};

  /** The token of an element; `side` target wins for the code's XML, since that is where an export writes it. */
  number(key: string): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(key, n);
    }
    return n;
  }
}

/** The text of a source or target element; records each code's XML in `numbering.codes`. */
export function inlineText(xml: string, element: XmlElement, numbering: CodeNumbering, side: "source" | "target"): string {
  const occurrences = new Map<string, number>();
  const keyOf = (child: XmlElement) => {
    const name = localName(child);
    const id = child.attributes.id ?? child.attributes.startRef ?? child.attributes.mid ?? child.attributes.rid;
    if (id !== undefined) return `${name}:${id}`;
    const seen = (occurrences.get(name) ?? 0) + 1;
    occurrences.set(name, seen);
    return `${name}#${seen}`;
  };
  const record = (token: string, code: string) => {
    if (side === "target" || !Object.hasOwn(numbering.codes, token)) numbering.codes[token] = code;
  };
  const walk = (nodes: XmlNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === "text") return node.text;
        const n = numbering.number(keyOf(node));
        if (!PAIRED.has(localName(node))) {
          record(`⟦${n}⟧`, xml.slice(node.start, node.end));
          return `⟦${n}⟧`;
        }
        const selfClosing = node.openEnd === node.end && xml.slice(node.start, node.openEnd).endsWith("/>");
        const open = selfClosing ? xml.slice(node.start, node.openEnd).replace(/\s*\/>$/, ">") : xml.slice(node.start, node.openEnd);
        record(`⟦${n}⟧`, open);
        record(`⟦/${n}⟧`, selfClosing ? `</${node.name}>` : xml.slice(node.closeStart, node.end));
        return `⟦${n}⟧${walk(node.children)}⟦/${n}⟧`;
      })
      .join("");
  return walk(element.children);
}
