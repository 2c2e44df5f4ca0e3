// Writing direction of a BCP 47 tag, by hand: Intl.Locale's text info is not in every browser and Node that Verso runs on.
const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ku-arab", "ps", "sd", "syr", "ug", "ur", "yi"]);
const RTL_SCRIPTS = new Set(["arab", "hebr", "nkoo", "rohg", "syrc", "thaa"]);
const LTR_SCRIPTS = new Set(["latn", "cyrl"]);

/** "rtl" for Arabic, Hebrew, Persian, Urdu... (and any tag with such a script subtag), otherwise "ltr". */
export function textDirection(tag: string): "rtl" | "ltr" {
  const parts = tag.toLowerCase().split(/[-_]/);
  const script = parts.find((part, k) => k > 0 && part.length === 4);
  if (script && RTL_SCRIPTS.has(script)) return "rtl";
  if (script && LTR_SCRIPTS.has(script)) return "ltr";
  return RTL_LANGUAGES.has(parts[0]) || RTL_LANGUAGES.has(`${parts[0]}-${script}`) ? "rtl" : "ltr";
}
