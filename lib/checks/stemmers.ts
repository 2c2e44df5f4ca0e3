// Snowball stemmers (snowball-stemmers), so a term matches its inflected forms: Минфин, Минфина, Минфином.
import snowball from "snowball-stemmers";

const ALGORITHMS: Record<string, string> = {
  en: "english", ru: "russian", de: "german", fr: "french", es: "spanish", it: "italian", pt: "portuguese", nl: "dutch",
  sv: "swedish", da: "danish", no: "norwegian", nb: "norwegian", fi: "finnish", hu: "hungarian", ro: "romanian", tr: "turkish", cs: "czech",
};
const cache = new Map<string, (word: string) => string>();

/** A stemming function for the language, or plain lower-casing for a language Snowball does not cover. */
export function stemmerFor(language: string): (word: string) => string {
  let stem = cache.get(language);
  if (!stem) {
    const algorithm = ALGORITHMS[language];
    const stemmer = algorithm ? snowball.newStemmer(algorithm) : undefined;
    stem = (word: string) => {
      const lower = word.toLowerCase().replace(/ё/g, "е").replace(/’/g, "'");
      return stemmer ? stemmer.stem(lower) : lower;
    };
    cache.set(language, stem);
  }
  return stem;
}
