// Seeds an empty database: the MQM typology, three demo accounts and the seed article. Does nothing when documents exist.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getDb } from "../lib/db";
import { DEFAULT_TYPOLOGY } from "../lib/metrics/typology";
import { importDocument } from "../lib/server/documents/import-document";
import { createDemoAccounts } from "./demo-accounts";

export const SEED_TITLE = "Different dreams in one Geneva";

export async function seedIfEmpty(log: (line: string) => void = console.log) {
  const db = getDb();
  if ((await db.typology.count()) === 0) {
    await db.typology.create({ data: { name: "MQM (WMT, Freitag et al. 2021)", definition: DEFAULT_TYPOLOGY } });
  }
  const admin = await createDemoAccounts();
  if ((await db.document.count()) > 0) return;
  const bytes = readFileSync(fileURLToPath(new URL("./seed-article.txt", import.meta.url)));
  const document = await importDocument({
    actor: admin,
    bytes: new Uint8Array(bytes),
    fileName: "different-dreams-in-one-geneva.txt",
    input: { title: SEED_TITLE, sourceLanguage: "ru", targetLanguage: "en", provenance: "unknown MT engine (The Moscow Post, via YANDEX.ZEN)" },
  });
  log(`Seeded "${document.title}" (${document.segmentCount} segments) and the demo accounts.`);
}
