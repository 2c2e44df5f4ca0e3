-- Every TM lookup reads the trigram index's whole pending list (entries not yet merged into the index). With the
-- default 4 MB limit a list of recent approvals and imports slowed each lookup by tens of milliseconds until the next
-- vacuum. 256 kB keeps the list short and still batches a bulk import's inserts.
ALTER INDEX "TranslationMemoryEntry_sourceText_idx" SET (gin_pending_list_limit = 256);
