// Cases written like the public sample (fixtures/cases-ru-en.json): Russian-to-English news MT with planted problems
// and clean sentences, scored the way the held-out sets are: each planted problem found, nothing on clean sentences.
import { readFileSync } from "node:fs";
import { describeSample } from "./describe-sample";
import type { ChecksSample } from "./sample-score";

const sets = JSON.parse(readFileSync(new URL("./fixtures/cases-ru-en.json", import.meta.url), "utf8")) as (ChecksSample & { note: string })[];

for (const sample of sets) describeSample(sample.note, sample);
