// Languages whose scripts end sentences with their own marks ("।", "۔", "؟", "။", "።", "。"), which every
// language knows (see ../terminators.ts): they need only their few abbreviations.
import { defineLanguage } from "./define";

export const am = defineLanguage({ code: "am" });
export const my = defineLanguage({ code: "my" });
export const zh = defineLanguage({ code: "zh" });
export const ja = defineLanguage({ code: "ja" });
export const hi = defineLanguage({ code: "hi", abbreviations: "डॉ श्री श्रीमती सुश्री प्रो" });
export const mr = defineLanguage({ code: "mr", abbreviations: "डॉ श्री श्रीमती सौ प्रा" });
export const fa = defineLanguage({ code: "fa", abbreviations: "ق.م ه.ش ه.ق م" });
export const ur = defineLanguage({ code: "ur", abbreviations: "ڈاکٹر" });
