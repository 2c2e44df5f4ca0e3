-- AlterTable
ALTER TABLE "user" ADD COLUMN     "timeStretchAt" TIMESTAMP(3),
ADD COLUMN     "timeStretchMs" INTEGER NOT NULL DEFAULT 0;
