// XLIFF 1.2 and 2.x as MateCat, Trados, memoQ, Okapi and OmegaT write them: translatable units, and what stays read-only.
import { AppError } from "@/lib/errors";
import { childElements, firstChild, localName, parseXmlSafely, textContent, type XmlElement } from "../safe-xml";
import { CodeNumbering, inlineText } from "./inline-content";
import type { InlineCodes } from "./placeholders";

export type XliffVersion = "1.2" | "2.0";

/** Where a unit sits in the file, for an export that replaces its target and nothing else. */
export type UnitPlace = { stateElement: XmlElement; source: XmlElement; target: XmlElement | null };

export type XliffUnit = { key: string; source: string; target: string; codes: InlineCodes; notes: string[]; place: UnitPlace };
/** Kept in the file and shown, never edited: units marked translate="no", and 2.0's ignorable parts. */
export type ReadOnlyPart = { key: string; source: string; target: string; notes: string[]; reason: "translate-no" | "ignorable" };

export type ParsedXliff = {
  version: XliffVersion;
  sourceLanguage: string | null;
  targetLanguage: string | null;
  units: XliffUnit[];
  readOnly: ReadOnlyPart[];
  /** The skeleton's reference or a note that it is inside the file; the file itself keeps it. */
  skeleton: string | null;
};

const VERSIONS: Record<string, XliffVersion> = { "1.0": "1.2", "1.1": "1.2", "1.2": "1.2", "2.0": "2.0", "2.1": "2.0", "2.2": "2.0" };

export function parseXliff(xml: string): ParsedXliff {
  const root = parseXmlSafely(xml);
  if (localName(root) !== "xliff") throw new AppError("bad_input", `This is not an XLIFF file: its root element is <${root.name}>, not <xliff>.`);
  const declared = root.attributes.version;
  const version = declared === undefined ? undefined : VERSIONS[declared];
  if (!version) {
    throw new AppError("bad_input", `XLIFF version "${declared ?? "(none)"}" is not supported; Verso reads XLIFF 1.2 and 2.0 (also 1.0, 1.1, 2.1, 2.2).`);
  }
  const files = childElements(root, "file");
  const parsed: ParsedXliff = { version, sourceLanguage: root.attributes.srcLang ?? null, targetLanguage: root.attributes.trgLang ?? null, units: [], readOnly: [], skeleton: null };
  files.forEach((file, index) => {
    const prefix = files.length > 1 ? `${file.attributes.id ?? file.attributes.original ?? `f${index + 1}`}/` : "";
    if (version === "1.2") readFile12(xml, file, prefix, parsed);
    else readFile20(xml, file, prefix, parsed);
  });
  const keys = new Set<string>();
  for (const { key } of [...parsed.units, ...parsed.readOnly]) {
    if (keys.has(key)) throw new AppError("bad_input", `Two units of the file have the id "${key}"; ids must be unique within a file.`);
    keys.add(key);
  }
  if (parsed.units.length === 0) throw new AppError("bad_input", "The XLIFF file has no translatable unit.");
  return parsed;
}

const notesOf = (element: XmlElement) => childElements(element, "note").map((note) => textContent(note).trim());

function readFile12(xml: string, file: XmlElement, prefix: string, parsed: ParsedXliff) {
  parsed.sourceLanguage ??= file.attributes["source-language"] ?? null;
  parsed.targetLanguage ??= file.attributes["target-language"] ?? null;
  const skl = firstChild(firstChild(file, "header") ?? file, "skl");
  if (skl) parsed.skeleton ??= firstChild(skl, "external-file")?.attributes.href ?? "internal skeleton";
  const walk = (parent: XmlElement, translate: boolean) => {
    for (const child of childElements(parent)) {
      const name = localName(child);
      const ownTranslate = translate && child.attributes.translate !== "no";
      if (name === "group" || name === "body") walk(child, ownTranslate);
      if (name !== "trans-unit") continue;
      const source = firstChild(child, "source");
      if (!source) throw new AppError("bad_input", `Unit "${child.attributes.id ?? "?"}" has no <source>.`);
      const target = firstChild(child, "target") ?? null;
      const key = `${prefix}${child.attributes.id ?? ""}`;
      if (!child.attributes.id) throw new AppError("bad_input", "A <trans-unit> has no id; XLIFF 1.2 requires one.");
      addUnit(xml, parsed, { key, source, target, notes: notesOf(child), stateElement: target ?? child, readOnly: ownTranslate ? null : "translate-no" });
    }
  };
  for (const body of childElements(file, "body")) walk(body, file.attributes.translate !== "no");
}

function readFile20(xml: string, file: XmlElement, prefix: string, parsed: ParsedXliff) {
  const skeleton = firstChild(file, "skeleton");
  if (skeleton) parsed.skeleton ??= skeleton.attributes.href ?? "internal skeleton";
  const walk = (parent: XmlElement, translate: boolean) => {
    for (const child of childElements(parent)) {
      const name = localName(child);
      const ownTranslate = translate && child.attributes.translate !== "no";
      if (name === "group") walk(child, ownTranslate);
      if (name !== "unit") continue;
      if (!child.attributes.id) throw new AppError("bad_input", "A <unit> has no id; XLIFF 2.0 requires one.");
      const notes = childElements(firstChild(child, "notes") ?? child, "note").map((note) => textContent(note).trim());
      const parts = childElements(child).filter((part) => localName(part) === "segment" || localName(part) === "ignorable");
      const segments = parts.filter((part) => localName(part) === "segment");
      parts.forEach((part, index) => {
        const source = firstChild(part, "source");
        if (!source) throw new AppError("bad_input", `Unit "${child.attributes.id}" has a ${localName(part)} without <source>.`);
        const single = segments.length === 1 && localName(part) === "segment";
        const key = `${prefix}${child.attributes.id}${single ? "" : `/${part.attributes.id ?? index + 1}`}`;
        const readOnly = localName(part) === "ignorable" ? "ignorable" : ownTranslate ? null : "translate-no";
        addUnit(xml, parsed, { key, source, target: firstChild(part, "target") ?? null, notes, stateElement: part, readOnly });
      });
    }
  };
  walk(file, file.attributes.translate !== "no");
}

type Found = { key: string; source: XmlElement; target: XmlElement | null; notes: string[]; stateElement: XmlElement; readOnly: ReadOnlyPart["reason"] | null };

function addUnit(xml: string, parsed: ParsedXliff, { key, source, target, notes, stateElement, readOnly }: Found) {
  const numbering = new CodeNumbering();
  const sourceText = inlineText(xml, source, numbering, "source");
  const targetText = target ? inlineText(xml, target, numbering, "target") : "";
  if (readOnly) parsed.readOnly.push({ key, source: sourceText, target: targetText, notes, reason: readOnly });
  else parsed.units.push({ key, source: sourceText, target: targetText, codes: numbering.codes, notes, place: { stateElement, source, target } });
}
