// `npm run check:interop` (run by .ci/run, not by npm test): every export of the seed article, read by tools nobody
// here wrote. Installs translate-toolkit and xmllint from Debian when missing, writes each export (monolingual and with
// a source text, both fills, marked drafts) to a scratch folder, and has scripts/interop/check.py read them all.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { documentSegments, postEditedText } from "../lib/formats/final-text";
import { annotate, buildDocument, findSegment } from "../lib/formats/fixtures/build-document";
import { bilingualSeedDocument, seedDocument } from "../lib/formats/fixtures/seed-document";
import { exportFormats, exporters } from "../lib/formats/index";
import type { ExportDocument, Fill } from "../lib/formats/types";

// Debian's python3 holds translate-toolkit; another python3 earlier on PATH (pyenv, a venv) would not see it.
const PYTHON = "/usr/bin/python3";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
}

function haveTools(): boolean {
  return existsSync("/usr/bin/xmllint") && existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import translate.storage.factory"]).status === 0;
}

if (!haveTools()) {
  console.log("▶ installing translate-toolkit and libxml2-utils (Debian packages)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!run("apt-get", ["update", "-qq"], env) || !run("apt-get", ["install", "-y", "-qq", "translate-toolkit", "libxml2-utils"], env) || !haveTools()) {
    console.error("✗ could not install translate-toolkit and libxml2-utils");
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), "verso-interop-"));
const documents: Record<string, ExportDocument> = { seed: seedDocument(), "seed-bilingual": bilingualSeedDocument(), dialogue: dialogueDocument() };
const manifest: { file: string; format: string; units: number; segments: number }[] = [];

for (const [name, doc] of Object.entries(documents)) {
  for (const fill of ["mt", "latest"] satisfies Fill[]) {
    for (const markUnapproved of [false, true]) {
      const folder = join(dir, `${name}.${fill}${markUnapproved ? ".marked" : ""}`);
      mkdirSync(folder);
      for (const format of exportFormats) {
        const output = await exporters[format].render(doc, { fill, markUnapproved });
        const file = join(folder, `${format}.${exporters[format].extension}`);
        writeFileSync(file, output);
        // How many units a reader must find: every segment, or (TMX, triplets) every post-edited one.
        const postEdited = documentSegments(doc).filter((segment) => postEditedText(segment, fill) !== null).length;
        const units = format === "tmx" || format === "triplets" ? postEdited : documentSegments(doc).length;
        manifest.push({ file, format, units, segments: documentSegments(doc).length });
      }
    }
  }
}
writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 1));
console.log(`▶ reading ${manifest.length} files in ${dir} with translate-toolkit, xmllint and Python`);
process.exit(run(PYTHON, [join(import.meta.dirname, "interop", "check.py"), join(dir, "manifest.json")]) ? 0 : 1);

/** Sentences that open with a dash or an equals sign, as MT of Russian dialogue does: the MQM TSV guards those cells for spreadsheets. */
function dialogueDocument(): ExportDocument {
  const doc = buildDocument("- We will not attack, - Blinken told. =Nothing more. '=Quoted.\n", { title: "-Dialogue", provenance: "@engine" });
  annotate(findSegment(doc, "- We"), "told", { category: "Accuracy", subcategory: "Mistranslation", severity: "Major", note: "", author: "-r", state: "open" });
  annotate(findSegment(doc, "=Nothing"), "=", { category: "Fluency", subcategory: "Punctuation", severity: "Minor", note: "", author: "r", state: "open" });
  annotate(findSegment(doc, "'=Quoted"), "Quoted", { category: "Style", subcategory: "Awkward", severity: "Minor", note: "", author: "r", state: "open" });
  return doc;
}
