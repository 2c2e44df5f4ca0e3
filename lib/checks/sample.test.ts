// Runs every case of the public sample (../shared/bench/checks/sample-ru-en.json): each planted problem found, clean sentences clean.
import { readFileSync } from "node:fs";
import { describeSample } from "./describe-sample";
import type { ChecksSample } from "./sample-score";

const sample = JSON.parse(readFileSync(new URL("../../../shared/bench/checks/sample-ru-en.json", import.meta.url), "utf8")) as ChecksSample;

describeSample("the public checks sample", sample);
