// French sentence rules, by hand: "M.", "Mme", "av. J.-C." (see bench/segment.ts).
import { defineLanguage } from "./define";

export const fr = defineLanguage({
  code: "fr",
  abbreviations: `
    m mm mme mlle mlles dr pr prof me mgr st ste sts av bd boul cf env etc ex hab jr min max p pp q r réf
    resp s sq sqq suiv t tél vol éd éds coll dir trad chap art al cie co inc ltd sa sarl j.-c
    janv févr avr juil sept oct nov déc lun mar mer jeu ven sam dim
  `,
  titles: "m mm mme mlle mlles dr pr mgr",
  nonBreaking: "c.-à-d cf etc ex",
  numberAbbreviations: "no nos n° p pp art chap vol fig t",
  sentenceStarters: `
    le la les un une des je tu il elle on nous vous ils elles ce cet cette ces mais et ou donc car puis
    ensuite alors aujourd hier demain ici là que qui quoi où quand comment pourquoi dans en à au aux après
    avant pour par mon ma mes son sa ses notre votre leur
  `,
  months: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
});
