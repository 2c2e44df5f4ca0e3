-- AlterTable
ALTER TABLE "user" ADD COLUMN     "feedbackSeenAt" TIMESTAMP(3);
