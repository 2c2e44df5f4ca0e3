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
    // Snowball's JavaScript port takes tens of microseconds a word; a document repeats its words.
    const known = new Map<string, string>();
    stem = (word: string) => {
      let result = known.get(word);
      if (result === undefined) {
        const lower = word.toLowerCase().replace(/ё/g, "е").replace(/’/g, "'");
        result = stemmer ? stemmer.stem(lower) : lower;
        if (known.size > 200_000) known.clear();
        known.set(word, result);
      }
      return result;
    };
    cache.set(language, stem);
  }
  return stem;
}
