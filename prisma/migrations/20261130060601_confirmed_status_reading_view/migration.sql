-- AlterEnum
ALTER TYPE "SegmentStatus" ADD VALUE 'confirmed';

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "readingView" TEXT;
