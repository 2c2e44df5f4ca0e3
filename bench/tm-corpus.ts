// Deterministic news-like sentences for the translation-memory bench: a seeded generator over templates and word lists.

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ["The foreign minister", "The prime minister", "A government spokesman", "The central bank", "The delegation", "Opposition leaders", "The defence ministry", "Local authorities", "The European Commission", "The finance ministry", "Union representatives", "The regional governor", "The president's office", "Energy companies", "The health ministry", "Election officials", "The trade mission", "Farmers' associations", "The city council", "Independent observers"];
const VERBS = ["announced", "rejected", "proposed", "welcomed", "criticised", "postponed", "approved", "discussed", "confirmed", "questioned", "signed", "suspended", "reviewed", "defended", "outlined"];
const OBJECTS = ["a new agreement on gas supplies", "the draft budget for next year", "plans to expand the port", "a ceasefire along the border", "the sanctions package", "talks on nuclear arms control", "a reform of the pension system", "new rules for grain exports", "the results of the inquiry", "a loan from the monetary fund", "measures against inflation", "the withdrawal of troops", "a joint statement on security", "the tender for the new railway", "an increase in the minimum wage", "the list of candidates", "restrictions on foreign media", "a programme of school repairs"];
const PLACES = ["in Geneva", "in Brussels", "in Moscow", "in Kyiv", "in Warsaw", "in Vienna", "in Ankara", "in Berlin", "in Tbilisi", "in Helsinki", "in Minsk", "in Riga", "at the summit", "after the meeting", "in parliament", "at a press conference"];
const TIMES = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend", "last week", "earlier this month", "late on Sunday", "this morning", "after midnight", "in a statement"];
const TAILS = ["", "", ", according to officials", ", the agency reported", ", sources said", " despite strong objections", " after months of delay", ", citing security concerns", " for the second time", " without giving details"];
const EDITS: [RegExp, string][] = [[/ said\b/, " stated"], [/\bThe\b/, "The"], [/ on (\w+day)/, " on $1"], [/announced/, "has announced"], [/criticised/, "criticized"], [/ a new /, " a fresh "]];

export type CorpusPair = { source: string; target: string };

/** `count` sentences (with repeats, as real news has) and a post-edited version of each. */
export function newsPairs(count: number, seed = 20261130): CorpusPair[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const pairs: CorpusPair[] = [];
  for (let i = 0; i < count; i++) {
    const source = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(PLACES)} ${pick(TIMES)}${pick(TAILS)}.`;
    const [pattern, replacement] = pick(EDITS);
    pairs.push({ source, target: source.replace(pattern, replacement) });
  }
  return pairs;
}

/** Lookups as an editor meets them: a quarter sentences seen before, half with one word changed, a quarter new. */
export function lookupSentences(corpus: readonly CorpusPair[], count: number, seed = 7): string[] {
  const random = mulberry32(seed);
  const fresh = newsPairs(count, seed + 1);
  return Array.from({ length: count }, (_, i) => {
    const known = corpus[Math.floor(random() * corpus.length)].source;
    const kind = i % 4;
    if (kind === 0) return known;
    if (kind === 3) return fresh[i].source;
    const words = known.split(" ");
    words[1 + Math.floor(random() * (words.length - 2))] = ["new", "former", "main", "second"][i % 4];
    return words.join(" ");
  });
}
