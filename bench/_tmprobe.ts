import pg from "pg";
import { migrateDatabase } from "@/lib/database/migrate";
import { newsPairs, lookupSentences } from "./tm-corpus";
import { writeFileSync } from "node:fs";
const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres" });
await admin.connect();
await admin.query("DROP DATABASE IF EXISTS tmprobe");
await admin.query("CREATE DATABASE tmprobe");
await admin.end();
const url = "postgresql://postgres@127.0.0.1:5432/tmprobe";
await migrateDatabase(url);
const c = new pg.Client({ connectionString: url });
await c.connect();
const corpus = newsPairs(100_000);
for (let from = 0; from < corpus.length; from += 5000) {
  const chunk = corpus.slice(from, from + 5000);
  await c.query(`INSERT INTO "TranslationMemoryEntry" ("sourceLanguage", "targetLanguage", "sourceText", "targetText", "sourceHash", "tuid")
      SELECT 'en-x-mt', 'en', u.source, u.target, md5(u.source), 'bench' FROM unnest($1::text[], $2::text[]) AS u(source, target)`, [chunk.map((p) => p.source), chunk.map((p) => p.target)]);
}
await c.query(`ANALYZE "TranslationMemoryEntry"`);
writeFileSync("/tmp/lookups.json", JSON.stringify(lookupSentences(corpus, 200)));
await c.end();
