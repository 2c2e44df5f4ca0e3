// Polish sentence rules, by hand: "np.", "tzn.", "m.in.", ordinals such as "XII w." (see bench/segment.ts).
import { defineLanguage } from "./define";

export const pl = defineLanguage({
  code: "pl",
  abbreviations: `
    np tzn tj itd itp m.in ok ul al pl os nr str s r w wg godz min mln mld tys zł gr dr prof mgr inż hab doc
    lek płk gen kpt por ppor ks bp abp św ob sp tel jw wyd red tłum oprac zob cd dot pt ew im woj pow gm
    bałt ang niem franc łac ros
    stycz lut mar kwiec maj czerw lip sierp wrz paźdz listop grud
  `,
  titles: "dr prof mgr inż płk gen ks bp abp św",
  nonBreaking: "np tzn tj m.in",
  numberAbbreviations: "nr s str r art ust pkt rozdz",
  sentenceStarters: `
    ja ty on ona ono my wy oni one to ten ta te ale i a lub oraz więc potem dziś wczoraj jutro tu tam co kto
    gdzie kiedy jak dlaczego w we na z ze do po przez dla mój moja nasz jego jej ich nie się jest był była było
  `,
  months: `
    styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień
    stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
  `,
  ordinalDot: true,
});
