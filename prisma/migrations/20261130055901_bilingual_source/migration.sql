-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "sourceBytes" BYTEA,
ADD COLUMN     "sourceFileName" TEXT,
ADD COLUMN     "sourceText" TEXT;

-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "sourceEnd" INTEGER,
ADD COLUMN     "sourceStart" INTEGER,
ADD COLUMN     "sourceText" TEXT;
