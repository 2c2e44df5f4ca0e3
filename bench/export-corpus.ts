// Long documents for bench/export.ts: the seed article's paragraphs over and over, each pass with other
// names, places and months, so no two chapters are the same text.
import { readFileSync } from "node:fs";
import { segmentText } from "@/lib/segment";

const seed = readFileSync(new URL("../prisma/seed-article.txt", import.meta.url), "utf8");
// The body: after the title, dateline and heading, before the footer.
const paragraphs = seed.split("\n\n").slice(2, -1);

const VARIANTS: [RegExp, string[]][] = [
  [/Geneva/g, ["Geneva", "Vienna", "Helsinki", "Brussels", "Istanbul", "Oslo", "Minsk"]],
  [/Lavrov/g, ["Lavrov", "Ryabkov", "Peskov", "Zakharova"]],
  [/Blinken/g, ["Blinken", "Sullivan", "Nuland", "Austin", "Psaki"]],
  [/January/g, ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November"]],
  [/borrowed/g, ["borrowed", "lasted", "took", "occupied"]],
];

function vary(text: string, pass: number): string {
  return VARIANTS.reduce((result, [pattern, options]) => result.replace(pattern, options[pass % options.length]), text);
}

/** A plain-text document of `segments` sentences (as Verso segments it): a title, then varied chapters of the seed. */
export function documentOfSegments(segments: number): string {
  const parts = [`Different dreams in one Geneva: ${segments} sentences`];
  let count = 1;
  for (let pass = 0; count < segments; pass++) {
    parts.push(`Chapter ${pass + 1}`);
    count++;
    for (const paragraph of paragraphs) {
      if (count >= segments) break;
      const text = vary(paragraph, pass);
      const sentences = segmentText(text).blocks.flatMap((block) => block.segments);
      const room = segments - count;
      parts.push(sentences.length <= room ? text : text.slice(0, sentences[room - 1].end));
      count += Math.min(sentences.length, room);
    }
  }
  return parts.join("\n\n") + "\n";
}
