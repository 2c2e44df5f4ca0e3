// Portuguese sentence rules, by hand: "Sr.", "Dra.", "p. ex.", "art." (see bench/segment.ts).
import { defineLanguage } from "./define";

export const pt = defineLanguage({
  code: "pt",
  titles: "sr sra srta dr dra drs dras prof profa eng arq exmo exma d dom",
  abbreviations: `
    av r pç lg trav tv rod km ap apto cx cia ltda s.a etc pág págs p pp art arts cap núm nº vol vols fig figs
    ed eds aprox obs ref tel ex ca cf min máx mín séc jr
    jan fev mar abr mai jun jul ago set out nov dez seg ter qua qui sex sáb dom
  `,
  nonBreaking: "p.ex etc i.e",
  numberAbbreviations: "n nº núm art arts pág págs p pp cap fig vol",
  sentenceStarters: `
    o a os as um uma uns umas eu tu ele ela nós vós eles elas você vocês este esta estes estas esse essa isso
    isto aquele aquela mas e ou então depois também hoje ontem amanhã aqui ali lá que quem onde quando como
    por em de com para meu minha seu sua nosso não se há é foi
  `,
  months: "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
});
