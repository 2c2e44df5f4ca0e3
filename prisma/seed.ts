// Seeds a new database: the MQM typology, the seed article, and the demo accounts only when asked for.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getDb } from "../lib/db";
import { DEFAULT_TYPOLOGY } from "../lib/metrics/typology";
import { importDocument } from "../lib/server/documents/import-document";
import { createDemoAccounts } from "./demo-accounts";

export const SEED_TITLE = "Different dreams in one Geneva";

/**
 * `demoAccounts`: true when the embedded database was just created or VERSO_DEMO=1; even then the
 * accounts are made only in a database without any account. The article is imported by the first
 * active admin when no document exists yet.
 */
export async function seedIfEmpty({ demoAccounts, log = console.log }: { demoAccounts: boolean; log?: (line: string) => void }) {
  const db = getDb();
  if ((await db.typology.count()) === 0) {
    await db.typology.create({ data: { name: "MQM (WMT, Freitag et al. 2021)", definition: DEFAULT_TYPOLOGY } });
  }
  if (demoAccounts && (await createDemoAccounts())) log("Created the demo accounts (see README): change their passwords before real use.");
  if (await db.document.findFirst({ select: { id: true } })) return;
  const admin = await db.user.findFirst({ where: { active: true, roles: { has: "admin" } }, orderBy: { createdAt: "asc" } });
  if (!admin) return;
  const bytes = readFileSync(fileURLToPath(new URL("./seed-article.txt", import.meta.url)));
  const document = await importDocument({
    actor: { id: admin.id, email: admin.email, name: admin.name, roles: admin.roles },
    bytes: new Uint8Array(bytes),
    fileName: "different-dreams-in-one-geneva.txt",
    input: { title: SEED_TITLE, sourceLanguage: "ru", targetLanguage: "en", provenance: "unknown MT engine (The Moscow Post, via YANDEX.ZEN)" },
  });
  log(`Seeded "${document.title}" (${document.segmentCount} segments).`);
}
