-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "catExtras" JSONB,
ADD COLUMN     "importFormat" TEXT;

-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "inlineCodes" JSONB,
ADD COLUMN     "unitId" TEXT;
