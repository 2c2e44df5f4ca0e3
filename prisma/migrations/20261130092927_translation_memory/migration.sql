-- Trigram similarity for fuzzy matches (a trusted extension since PostgreSQL 13, so a database owner may create it)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "TranslationMemoryEntry" (
    "id" SERIAL NOT NULL,
    "sourceLanguage" TEXT NOT NULL,
    "targetLanguage" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "documentId" INTEGER,
    "segmentId" INTEGER,
    "tuid" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslationMemoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TranslationMemoryEntry_segmentId_key" ON "TranslationMemoryEntry"("segmentId");

-- CreateIndex
CREATE INDEX "TranslationMemoryEntry_sourceLanguage_targetLanguage_source_idx" ON "TranslationMemoryEntry"("sourceLanguage", "targetLanguage", "sourceHash");

-- CreateIndex
CREATE INDEX "TranslationMemoryEntry_sourceText_idx" ON "TranslationMemoryEntry" USING GIN ("sourceText" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "TranslationMemoryEntry" ADD CONSTRAINT "TranslationMemoryEntry_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationMemoryEntry" ADD CONSTRAINT "TranslationMemoryEntry_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: every segment approved so far, keyed by its source sentence, else by its MT (language tag with -x-mt)
INSERT INTO "TranslationMemoryEntry" ("sourceLanguage", "targetLanguage", "sourceText", "targetText", "sourceHash", "documentId", "segmentId", "createdById", "createdAt", "changedAt")
SELECT pair."sourceLanguage", pair."targetLanguage", pair."sourceText", pair."targetText", md5(pair."sourceText"), pair."documentId", pair."segmentId", pair."createdById", pair."createdAt", pair."changedAt"
FROM (
  SELECT s.id AS "segmentId", s."documentId", d."targetLanguage",
    CASE WHEN btrim(coalesce(s."sourceText", '')) <> '' THEN d."sourceLanguage"
         WHEN d."targetLanguage" ~* '(^|-)x-' THEN d."targetLanguage" || '-mt'
         ELSE d."targetLanguage" || '-x-mt' END AS "sourceLanguage",
    btrim(CASE WHEN btrim(coalesce(s."sourceText", '')) <> '' THEN s."sourceText" ELSE s."mtText" END) AS "sourceText",
    btrim(p.text) AS "targetText",
    r."reviewerId" AS "createdById", p."createdAt", coalesce(r."createdAt", s."updatedAt") AS "changedAt"
  FROM "Segment" s
  JOIN "Document" d ON d.id = s."documentId"
  JOIN "Proposal" p ON p.id = s."approvedProposalId"
  LEFT JOIN LATERAL (SELECT "reviewerId", "createdAt" FROM "Review" WHERE "proposalId" = p.id AND decision = 'approve' ORDER BY "createdAt" DESC LIMIT 1) r ON true
) pair
WHERE pair."sourceText" <> '' AND pair."targetText" <> '';
