// Danish sentence rules, by hand: "Skt.", "bl.a.", ordinals such as "5. maj" (see bench/segment.ts).
import { defineLanguage } from "./define";

export const da = defineLanguage({
  code: "da",
  abbreviations: `
    mag cand stud lic jur med dir adm st co corp inc ltd aps mr mrs ms
    ca osv bl.a f.eks fx m.fl m.m o.l mht pga vedr evt inkl ekskl iflg jf ang adr afd alm anm bd dvs eks el
    etc fhv gl hhv henh kap kl kgl kr max mdr mia mio min mht obs pct pr sek sml stk str tlf tel vol ø.l
    jan feb mar apr jun jul aug sep sept okt nov dec man tirs ons tors fre lør søn
  `,
  titles: "hr fru frk dr prof skt sct",
  nonBreaking: "bl.a f.eks m.fl o.l m.m dvs jf",
  numberAbbreviations: "nr s p pp fig tab kap afs stk",
  sentenceStarters: `
    jeg du han hun den det de vi i dette denne disse der her hvad hvem hvor hvorfor hvordan hvornår hvilken
    men og eller så da når hvis efter før også derfor desuden imidlertid endelig først nu mange mere ingen alle
    en et min mit mine din dit vores jeres deres hans hendes dens dets på til fra med om ved som ikke
  `,
  months: "januar februar marts april maj juni juli august september oktober november december",
  ordinalDot: true,
});
