// Greek sentence rules, by hand: ";" is the question mark, "π.χ." and "κ.λπ." are abbreviations.
import { defineLanguage } from "./define";

export const el = defineLanguage({
  code: "el",
  abbreviations: `
    κ κα κος δρ καθ π.χ κ.λπ κ.ά δηλ βλ σελ αρ τηλ εκ χλμ εκατ δισ ιδ οδ λεωφ π.χ μ.χ στ αγ
    ιαν φεβ μαρ απρ ιουν ιουλ αυγ σεπ οκτ νοε δεκ
  `,
  nonBreaking: "π.χ κ.λπ δηλ βλ",
  numberAbbreviations: "αρ σελ",
  sentenceStarters: `
    ο η το οι τα ένας μια ένα εγώ εσύ αυτός αυτή αυτό εμείς εσείς αυτοί αλλά και ή όμως σήμερα χθες αύριο
    εδώ εκεί τι ποιος πού πότε πώς γιατί σε με για από
  `,
  extraEnds: ";",
});
