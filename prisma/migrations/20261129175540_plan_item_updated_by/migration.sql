-- AlterTable
ALTER TABLE "PlanItem" ADD COLUMN     "updatedById" TEXT;
