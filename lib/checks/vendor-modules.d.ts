// snowball-stemmers ships no type declarations; this covers what lib/checks uses.
declare module "snowball-stemmers" {
  const snowball: {
    newStemmer(algorithm: string): { stem(word: string): string };
    algorithms(): string[];
  };
  export default snowball;
}
