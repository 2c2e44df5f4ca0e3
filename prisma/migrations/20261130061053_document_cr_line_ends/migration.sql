-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "cr" BOOLEAN NOT NULL DEFAULT false;
