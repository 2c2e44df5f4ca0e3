// Italian sentence rules, by hand: "l'Avv.", "Dott.", "ad es." (see bench/segment.ts).
import { defineLanguage } from "./define";

export const it = defineLanguage({
  code: "it",
  abbreviations: `
    sig sigg sig.ra sig.na dott dott.ssa ing avv arch geom rag prof prof.ssa on sen dep dir amm gen col magg
    cap ten serg mons sac p es ecc etc pag pagg pp cfr vd v art artt capp cod civ pen proc n nn num vol voll
    fig tab tav ca circ ss sgg seg segg psicol psic dr rif tel fax tit ns vs st sta d lett ed int ult spett pres
    sez sr srl spa s.p.a s.r.l sim gg mln mld fr econ idraul meteor mat fis chim geogr stor lat gr ingl franc
    ted ital ca c.a v.cte cte
    genn febbr mar apr magg giu lug ag sett ott nov dic lun mer gio ven sab dom
  `,
  titles: "sig sigg dott ing avv arch geom prof on sen",
  nonBreaking: "cfr ecc es",
  numberAbbreviations: "n nn art artt pag pagg p pp fig tab cap vol",
  sentenceStarters: `
    il lo la i gli le un una uno io tu lui lei noi voi loro questo questa questi queste quello quella ma e o
    però quindi poi allora oggi ieri domani qui là che chi cosa dove quando come perché in a da di su per con
    dopo prima mio mia suo sua nostro anche non si ci è era sono
  `,
  months: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
});
