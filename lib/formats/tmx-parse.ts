// Reads TMX 1.4 (and 1.1-1.3) translation units with saxes, a streaming parser; a DOCTYPE is refused, so no DTD or entity is read.
import { SaxesParser } from "saxes";
import { AppError } from "@/lib/errors";

export type TmxUnit = { id?: string; source: string; target: string; creationDate?: Date; changeDate?: Date };
export type ParsedTmx = { sourceLang: string; targetLang: string; units: TmxUnit[] };

type RawUnit = { id?: string; creationDate?: Date; changeDate?: Date; variants: { lang: string; text: string }[] };

// Inline elements holding native codes (RTF, HTML tags), not text: their content is left out of the segment's text.
const CODE_ELEMENTS = new Set(["bpt", "ept", "ph", "it", "ut"]);

/** TMX's date form YYYYMMDDThhmmssZ, as a Date; anything else is no date. */
export function parseTmxDate(value: unknown): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(String(value ?? ""));
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The units of a TMX file as source -> target pairs. The source language is the header's `srclang` (or, for `*all*`,
 * the first variant's); the target is the first other language, one that is not a private-use variant (`en-x-mt`)
 * when there is one. Units without both languages are left out. Throws a bad_input AppError for anything not TMX.
 */
export function parseTmx(xml: string): ParsedTmx {
  if (!xml.replace(/^\uFEFF/, "").trim()) throw new AppError("bad_input", "The TMX file is empty.");
  const parser = new SaxesParser({ xmlns: false });
  const units: RawUnit[] = [];
  let headerSource = "";
  let sawRoot = false;
  let unit: RawUnit | undefined;
  let lang = "";
  let text: string | undefined;
  let codeDepth = 0;

  parser.on("doctype", () => {
    throw new AppError("bad_input", "The TMX file declares a DOCTYPE; DTDs are not read. Remove the DOCTYPE line.");
  });
  parser.on("opentag", (tag) => {
    const name = tag.name;
    const attr = (key: string) => (tag.attributes[key] === undefined ? undefined : String(tag.attributes[key]));
    if (!sawRoot) {
      if (name !== "tmx") throw new AppError("bad_input", `This is not a TMX file: its root element is <${name}>, not <tmx>.`);
      sawRoot = true;
    } else if (name === "header") headerSource = attr("srclang") ?? "";
    else if (name === "tu") unit = { id: attr("tuid") || undefined, creationDate: parseTmxDate(attr("creationdate")), changeDate: parseTmxDate(attr("changedate")), variants: [] };
    else if (name === "tuv") lang = attr("xml:lang") ?? attr("lang") ?? "";
    else if (name === "seg" && unit) text = "";
    else if (text !== undefined && CODE_ELEMENTS.has(name)) codeDepth++;
  });
  parser.on("text", (chunk) => {
    if (text !== undefined && codeDepth === 0) text += chunk;
  });
  parser.on("closetag", (tag) => {
    const name = tag.name;
    if (name === "seg" && unit && text !== undefined) {
      if (lang) unit.variants.push({ lang, text: text.trim() });
      text = undefined;
    } else if (text !== undefined && CODE_ELEMENTS.has(name)) codeDepth--;
    else if (name === "tu" && unit) {
      units.push(unit);
      unit = undefined;
    }
  });
  try {
    parser.write(xml.replace(/^\uFEFF/, "")).close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("bad_input", `The TMX file is not well-formed XML: ${(error as Error).message}`);
  }
  return pairUp(units, headerSource);
}

function pairUp(units: RawUnit[], headerSource: string): ParsedTmx {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const sourceLang = headerSource && headerSource !== "*all*" ? headerSource : (units.find((u) => u.variants.length > 0)?.variants[0].lang ?? "");
  const others = units.flatMap((u) => u.variants.map((v) => v.lang)).filter((l) => !same(l, sourceLang));
  const targetLang = others.find((l) => !/(^|-)x-/i.test(l)) ?? others[0] ?? "";
  const pairs: TmxUnit[] = [];
  for (const { variants, ...meta } of units) {
    const source = variants.find((v) => same(v.lang, sourceLang))?.text;
    const target = variants.find((v) => same(v.lang, targetLang))?.text;
    if (source && target) pairs.push({ ...meta, source, target });
  }
  return { sourceLang, targetLang, units: pairs };
}
