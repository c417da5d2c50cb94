-- CreateTable
CREATE TABLE "PlanSubmission" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "note" TEXT,
    "submittedById" TEXT,
    "submittedByName" TEXT NOT NULL,
    "planRevision" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "PlanSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanSubmission_planId_createdAt_idx" ON "PlanSubmission"("planId", "createdAt");

-- AddForeignKey
ALTER TABLE "PlanSubmission" ADD CONSTRAINT "PlanSubmission_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
