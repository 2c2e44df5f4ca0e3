-- CreateTable
CREATE TABLE "DocumentEvent" (
    "id" BIGSERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "segmentId" INTEGER,
    "actorId" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Presence" (
    "userId" TEXT NOT NULL,
    "tabId" TEXT NOT NULL,
    "documentId" INTEGER NOT NULL,
    "segmentId" INTEGER,
    "editing" BOOLEAN NOT NULL DEFAULT false,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("userId","tabId")
);

-- CreateIndex
CREATE INDEX "DocumentEvent_documentId_id_idx" ON "DocumentEvent"("documentId", "id");

-- CreateIndex
CREATE INDEX "DocumentEvent_createdAt_idx" ON "DocumentEvent"("createdAt");

-- CreateIndex
CREATE INDEX "Presence_documentId_idx" ON "Presence"("documentId");

-- CreateIndex
CREATE INDEX "Presence_seenAt_idx" ON "Presence"("seenAt");
