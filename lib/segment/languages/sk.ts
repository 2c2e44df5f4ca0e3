// Slovak sentence rules, by hand: "napr.", "s. r. o.", ordinals such as "7. apríla" (see bench/segment.ts).
import { defineLanguage } from "./define";

export const sk = defineLanguage({
  code: "sk",
  abbreviations: `
    napr tzv tj atď resp príp čl ods písm pís str s r st ul č mil mld tis hod min sek ing mgr phdr rndr judr
    mudr paeddr doc prof dr bc arch gen plk kpt npor por pplk mjr p pí sv a.s spol vyd zb tel fax
    angl nem lat maď
    jan feb mar apr jún júl aug sept okt nov dec
  `,
  titles: "ing mgr phdr rndr judr mudr doc prof dr bc sv pí",
  nonBreaking: "napr tzv tj atď resp",
  numberAbbreviations: "č čl ods písm s str r",
  sentenceStarters: `
    ja ty on ona ono my vy oni ony to ten tá tí tie ale a alebo preto potom dnes včera zajtra tu tam čo kto
    kde kedy ako prečo v vo na s so z zo do po pre pri môj moja náš jeho jej ich nie sa je bol bola bolo
    aj tak však
  `,
  months: `
    január február marec apríl máj jún júl august september október november december
    januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra
  `,
  ordinalDot: true,
});
