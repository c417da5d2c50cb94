-- AlterTable
ALTER TABLE "PlanSubmission" ADD COLUMN     "withdrawnById" TEXT,
ADD COLUMN     "withdrawnByName" TEXT;
