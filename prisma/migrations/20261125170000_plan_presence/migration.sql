-- CreateTable
CREATE TABLE "PlanPresence" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanPresence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanPresence_planId_lastSeenAt_idx" ON "PlanPresence"("planId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "PlanPresence_userId_idx" ON "PlanPresence"("userId");

-- AddForeignKey
ALTER TABLE "PlanPresence" ADD CONSTRAINT "PlanPresence_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPresence" ADD CONSTRAINT "PlanPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
