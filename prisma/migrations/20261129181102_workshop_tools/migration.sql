-- CreateTable
CREATE TABLE "WorkshopTimebox" (
    "planId" TEXT NOT NULL,
    "label" TEXT,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "endsAt" TIMESTAMP(3),
    "remainingMs" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkshopTimebox_pkey" PRIMARY KEY ("planId")
);

-- CreateTable
CREATE TABLE "DotVoteRound" (
    "planId" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "dots" INTEGER NOT NULL,
    "hideTotals" BOOLEAN NOT NULL DEFAULT true,
    "endedAt" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DotVoteRound_pkey" PRIMARY KEY ("planId")
);

-- CreateTable
CREATE TABLE "DotVote" (
    "planId" TEXT NOT NULL,
    "participant" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "dots" INTEGER NOT NULL,

    CONSTRAINT "DotVote_pkey" PRIMARY KEY ("planId","participant","itemId")
);

-- CreateIndex
CREATE INDEX "DotVote_planId_itemId_idx" ON "DotVote"("planId", "itemId");

-- AddForeignKey
ALTER TABLE "WorkshopTimebox" ADD CONSTRAINT "WorkshopTimebox_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DotVoteRound" ADD CONSTRAINT "DotVoteRound_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DotVote" ADD CONSTRAINT "DotVote_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DotVoteRound"("planId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DotVote" ADD CONSTRAINT "DotVote_planId_itemId_fkey" FOREIGN KEY ("planId", "itemId") REFERENCES "PlanItem"("planId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
