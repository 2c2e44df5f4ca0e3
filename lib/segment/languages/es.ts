// Spanish sentence rules, by hand: "Sra.", "Lic.", "EE. UU.", "párrf." (see bench/segment.ts).
import { defineLanguage } from "./define";

export const es = defineLanguage({
  code: "es",
  abbreviations: `
    sr sra srta sres sras srtas dr dra drs dras lic lcdo lcda ing arq prof profa d dña da ud uds vd vds av avda
    c cía co corp s.a etc pág págs p pp párr párrf art arts cap núm nro tel tfno fax ej ee uu aprox apdo dpto
    depto admón gral col cnel tte sgto gob pdte pte presid adm sto sta stgo vol vols fig figs ed eds mín máx
    min max ca cf cfr dcha izq izda hs mt
    ene feb mar abr may jun jul ago sep sept oct nov dic lun mié jue vie sáb dom
  `,
  titles: "sr sra srta sres sras dr dra lic lcdo lcda ing arq prof profa",
  nonBreaking: "p.ej etc",
  numberAbbreviations: "no nº núm nro art arts pág págs p pp párr párrf cap fig vol",
  sentenceStarters: `
    el la los las lo un una unos unas yo tú él ella nosotros vosotros ellos ellas usted ustedes este esta
    estos estas ese esa eso esto aquel pero y o entonces luego después además sin hoy ayer mañana aquí allí
    qué quién dónde cuándo cómo por en a de con para mi mis su sus nuestro también no se hay es fue
  `,
  months: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
});
