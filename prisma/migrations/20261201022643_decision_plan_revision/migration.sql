-- AlterTable
ALTER TABLE "PlanDecision" ADD COLUMN     "planRevision" INTEGER;
