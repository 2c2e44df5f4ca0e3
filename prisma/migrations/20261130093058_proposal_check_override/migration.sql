-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "checkOverride" JSONB;
