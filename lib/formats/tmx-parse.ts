// TMX 1.4 read safely (lib/formats/safe-xml.ts): each tu with a source and a target tuv becomes a unit.
import { AppError } from "@/lib/errors";
import { childElements, firstChild, localName, parseXmlSafely, type XmlElement, type XmlNode } from "./safe-xml";

export type TmxUnit = { id?: string; source: string; target: string; creationDate?: Date; changeDate?: Date };
export type ParsedTmx = { sourceLang: string; targetLang: string; units: TmxUnit[] };

// Elements holding native codes (an HTML tag, an RTF command): their text is not part of the segment's words.
const CODES = new Set(["bpt", "ept", "it", "ph", "ut"]);
const PRIVATE_USE = /(^|-)x-/i;

type Tu = { tu: XmlElement; variants: { lang: string; seg: XmlElement | undefined }[] };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Throws AppError("bad_input") with a sentence saying what is wrong. `translationsOnly`: a private-use variant
 * (Verso's `en-x-mt`) is never the target, so a document's export gives the memory its final texts, not its MT.
 */
export function parseTmx(xml: string, { translationsOnly = false } = {}): ParsedTmx {
  const { headerLang, tus } = readTmx(xml);
  const sourceLang = headerLang && headerLang !== "*all*" ? headerLang : (tus[0]?.variants[0]?.lang ?? "");
  return pairOf(tus, sourceLang, translationsOnly);
}

/**
 * For the memory: every language pair of the file. A header with srclang="*all*" (the memory's own export when it
 * holds several source languages) makes each unit's first variant its source, one pair per source language.
 */
export function parseTmxPairs(xml: string, { translationsOnly = false } = {}): ParsedTmx[] {
  const { headerLang, tus } = readTmx(xml);
  if (headerLang && headerLang !== "*all*") return [pairOf(tus, headerLang, translationsOnly)];
  const bySource = new Map<string, Tu[]>();
  for (const tu of tus) {
    const lang = tu.variants[0]?.lang;
    if (lang) bySource.set(lang.toLowerCase(), [...(bySource.get(lang.toLowerCase()) ?? []), tu]);
  }
  if (bySource.size <= 1) return [pairOf(tus, tus[0]?.variants[0]?.lang ?? "", translationsOnly)];
  const pairs = [...bySource.values()].flatMap((group) => {
    try {
      return [pairOf(group, group[0].variants[0].lang, translationsOnly)];
    } catch {
      return [];
    }
  });
  if (pairs.length === 0) throw new AppError("bad_input", "The TMX file has no translation unit with both a source and a target variant.");
  return pairs;
}

function readTmx(xml: string): { headerLang: string | undefined; tus: Tu[] } {
  if (xml.trim() === "") throw new AppError("bad_input", "The TMX file is empty.");
  const root = parseXmlSafely(xml);
  if (localName(root) !== "tmx") throw new AppError("bad_input", `This is not a TMX file: its root element is <${root.name}>, not <tmx>.`);
  const version = root.attributes.version;
  if (version !== undefined && !/^1\.[1-4]$/.test(version)) throw new AppError("bad_input", `TMX version "${version}" is not supported; Verso reads TMX 1.4 (and 1.1-1.3).`);
  const header = firstChild(root, "header");
  const body = firstChild(root, "body");
  if (!body) throw new AppError("bad_input", "The TMX file has no <body>.");
  const tus = childElements(body, "tu").map((tu) => ({
    tu,
    variants: childElements(tu, "tuv").map((tuv) => ({ lang: tuv.attributes["xml:lang"] ?? tuv.attributes.lang ?? "", seg: firstChild(tuv, "seg") })),
  }));
  return { headerLang: header?.attributes.srclang, tus };
}

function pairOf(tus: Tu[], sourceLang: string, translationsOnly: boolean): ParsedTmx {
  if (!sourceLang) throw new AppError("bad_input", "The TMX file names no source language (header srclang).");
  // A header that names a bare language (srclang="ru") over variants that are all regional (ru-RU) means those.
  const bare = !sourceLang.includes("-") && !tus.some((tu) => tu.variants.some((variant) => same(variant.lang, sourceLang)));
  const ofSource = (lang: string) => same(lang, sourceLang) || (bare && same(lang.split("-")[0], sourceLang) && !PRIVATE_USE.test(lang));
  const isTarget = (lang: string) => lang && !ofSource(lang) && !(translationsOnly && PRIVATE_USE.test(lang));
  const targetLang = tus.flatMap((tu) => tu.variants).find((variant) => isTarget(variant.lang))?.lang;
  if (!targetLang) throw new AppError("bad_input", `The TMX file has no translation unit with a target language besides its source, ${sourceLang}.`);
  const units: TmxUnit[] = [];
  for (const { tu, variants } of tus) {
    const source = variants.find((variant) => ofSource(variant.lang))?.seg;
    const target = variants.find((variant) => same(variant.lang, targetLang))?.seg;
    if (!source || !target) continue;
    const unit: TmxUnit = { source: segText(source), target: segText(target) };
    if (tu.attributes.tuid) unit.id = tu.attributes.tuid;
    const creationDate = tmxDate(tu.attributes.creationdate);
    const changeDate = tmxDate(tu.attributes.changedate);
    if (creationDate) unit.creationDate = creationDate;
    if (changeDate) unit.changeDate = changeDate;
    units.push(unit);
  }
  if (units.length === 0) throw new AppError("bad_input", `The TMX file has no translation unit with both a ${sourceLang} and a ${targetLang} variant.`);
  return { sourceLang, targetLang, units };
}

function segText(node: XmlNode): string {
  if (node.type === "text") return node.text;
  return node.children.map((child) => (child.type === "element" && CODES.has(localName(child)) ? "" : segText(child))).join("");
}

/** TMX's YYYYMMDDThhmmssZ; undefined when absent or not that form. */
function tmxDate(value: string | undefined): Date | undefined {
  const match = value && /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}
