// The imported XLIFF file given back: only approved targets and their state change; every other byte is the file's own.
import { placeholdersToXml, type InlineCodes } from "./placeholders";
import { parseXliff, type XliffUnit } from "./xliff-parse";

export type ApprovedTarget = { text: string; codes: InlineCodes };
type Edit = { start: number; end: number; text: string };

const quoted = `("[^"]*"|'[^']*')`;

/** A start tag with `name` set to `value` (added before the tag's end when missing). */
export function setAttribute(startTag: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s)${name}\\s*=\\s*${quoted}`);
  if (existing.test(startTag)) return startTag.replace(existing, `$1${name}="${value}"`);
  return startTag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

function removeAttribute(startTag: string, name: string): string {
  return startTag.replace(new RegExp(`\\s+${name}\\s*=\\s*${quoted}`), "");
}

/** `xml` with each approved unit's target replaced and its state set to final (XLIFF 1.2 on the target, 2.0 on the segment). */
export function spliceXliff(xml: string, approved: ReadonlyMap<string, ApprovedTarget>): string {
  const parsed = parseXliff(xml);
  const edits: Edit[] = [];
  for (const unit of parsed.units) {
    const target = approved.get(unit.key);
    if (target) edits.push(...unitEdits(xml, unit, placeholdersToXml(target.text, target.codes), parsed.version));
  }
  edits.sort((a, b) => b.start - a.start);
  let result = xml;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function unitEdits(xml: string, unit: XliffUnit, content: string, version: "1.2" | "2.0"): Edit[] {
  const { source, target, stateElement } = unit.place;
  const edits: Edit[] = [];
  if (version === "2.0") edits.push({ start: stateElement.start, end: stateElement.openEnd, text: setAttribute(xml.slice(stateElement.start, stateElement.openEnd), "state", "final") });
  const finalTag = (tag: string) => (version === "1.2" ? removeAttribute(setAttribute(tag, "state", "final"), "state-qualifier") : tag);
  if (target) {
    const startTag = xml.slice(target.start, target.openEnd);
    const selfClosing = target.openEnd === target.end && startTag.endsWith("/>");
    const open = finalTag(selfClosing ? startTag.replace(/\s*\/>$/, ">") : startTag);
    const close = selfClosing ? `</${target.name}>` : xml.slice(target.closeStart, target.end);
    edits.push({ start: target.start, end: target.end, text: open + content + close });
  } else {
    // A unit without a target gets one after its source, indented as the source is.
    const name = source.name.replace(/source$/, "target");
    const indent = /\n[ \t]*$/.exec(xml.slice(0, source.start))?.[0] ?? "";
    edits.push({ start: source.end, end: source.end, text: `${indent}${finalTag(`<${name}>`)}${content}</${name}>` });
  }
  return edits;
}
