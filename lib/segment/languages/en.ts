// English sentence rules, by hand: no npm segmenter passes the Golden Rules (see bench/segment.ts).
import { defineLanguage } from "./define";

/** Words that, capitalised after "U.S." or "Co.", begin a new sentence rather than continue a name. */
const sentenceStarters = `
  a after also although an and as at because before being both but by despite did during each earlier even
  every finally first following for furthermore he her here his how however i if in instead it its last later
  many meanwhile millions more moreover most my nevertheless not now on one only our she since so some still
  such that the their then there these they this those thus to today tomorrow under unlike until we what when
  where while who why with yesterday yet you your
`;

export const en = defineLanguage({
  code: "en",
  keepsQuotations: false,
  abbreviations: `
    mr mrs ms messrs mme mlle dr prof gen gov sen sens rep reps st mt ft capt cpt col lt sgt maj adm cmdr cdr
    brig cpl pvt rev hon pres supt insp det atty esq jr sr fr msgr gens govt
    co corp inc ltd llc plc bros assn dept univ inst intl natl
    al approx nr ave blvd rd hwy sq apt bldg ste mln bn mn dist ibid misc div ext tel ph.d
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
    ala ariz calif colo conn fla kan kans ky md mich minn mont neb nev okla penn tenn vt wis wyo
  `,
  nonBreaking: "e.g i.e vs cf viz",
  numberAbbreviations: "no nos nr n° nº p pp vol vols fig figs art arts ch chap sec sect para eq eqs ex op ed eds tab ca c pt pts rs",
  timeAbbreviations: "a.m p.m",
  timeZones: `
    utc gmt est edt cst cdt mst mdt pst pdt et ct mt pt bst cet cest eet eest msk ist jst aest aedt
    eastern central pacific mountain
  `,
  sentenceStarters,
  speechVerbs: `
    said says asked asks told tells added adds wrote writes replied replies noted notes explained explains stressed
    stated declared emphasized emphasised insisted continued concluded recalled warned claimed argued announced
    answered responded commented remarked shouted exclaimed confirmed admitted suggested
  `,
  months: `
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
  `,
  weekdays: "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
});
