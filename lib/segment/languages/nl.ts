// Dutch sentence rules, by hand: "dhr.", "bijv.", "o.a." (see bench/segment.ts).
import { defineLanguage } from "./define";

export const nl = defineLanguage({
  code: "nl",
  abbreviations: `
    dhr mevr mw mej dr drs ir ing prof mr st sr jr bijv bv ca cf d.w.z enz etc e.d evt incl excl mln mld
    nl o.a o.m pag red resp str tel vgl vnl vs blz afb aanw aant afd alg art bijl ca co corp inc ltd
    jan feb mrt apr jun jul aug sep sept okt nov dec ma di wo do vr za zo
  `,
  titles: "dhr mevr mw mej dr drs ir prof",
  nonBreaking: "d.w.z o.a o.m bijv vgl e.d",
  numberAbbreviations: "nr no p pp blz art fig hfst",
  sentenceStarters: `
    de het een ik jij je hij zij ze we wij u dit dat deze die er hier daar maar en of toen daarna daarom
    echter ook wat wie waar waarom hoe wanneer in op na voor bij mijn zijn haar ons hun
  `,
  months: "januari februari maart april mei juni juli augustus september oktober november december",
});
