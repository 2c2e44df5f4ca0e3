// German sentence rules, by hand: "z. B.", "Dr.", ordinals such as "am 12. Juni" (see bench/segment.ts).
import { defineLanguage } from "./define";

export const de = defineLanguage({
  code: "de",
  abbreviations: `
    hr hrn fr frl dr prof dipl ing mag med jur phil rer nat habil st sog bzw ca evtl ggf inkl exkl usw vgl
    z.b u.a d.h s.o s.u o.ä u.ä z.t z.zt abs art bd chr co corp dt engl frz geb gebr gegr ges gest hrsg jh jhd
    jr kap kath max min mio mrd orig pkt röm sen std stud tel tsd univ vers zit zzgl zz zt str bzgl insb
    jan feb febr mär apr jun jul aug sep sept okt nov dez mo di mi do fr sa so
  `,
  titles: "hr hrn dr prof dipl",
  nonBreaking: "z.b u.a d.h s.o s.u bzw vgl usw",
  numberAbbreviations: "nr s abs art bd kap fig abb tab",
  sentenceStarters: `
    der die das den dem des ich du er sie es wir ihr dies diese dieser dieses ein eine aber und auch dann
    danach doch denn deshalb daher jedoch heute gestern morgen hier dort wie was wer wo warum wann als wenn
    nach vor im in am so nun mein meine sein seine unser man
  `,
  months: "januar februar märz april mai juni juli august september oktober november dezember",
  ordinalDot: true,
  capitalizesNouns: true,
  abbreviationSuffixes: "str",
});
