-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "slot" INTEGER NOT NULL,
    "note" TEXT,
    "recordedById" TEXT,
    "recordedByName" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInEntry" (
    "checkInId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "state" TEXT,
    "note" TEXT,

    CONSTRAINT "CheckInEntry_pkey" PRIMARY KEY ("checkInId","itemId")
);

-- CreateTable
CREATE TABLE "PlanReminder" (
    "planId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "slot" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanReminder_pkey" PRIMARY KEY ("planId","versionNumber","slot","kind")
);

-- CreateIndex
CREATE INDEX "CheckIn_planId_recordedAt_idx" ON "CheckIn"("planId", "recordedAt");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInEntry" ADD CONSTRAINT "CheckInEntry_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReminder" ADD CONSTRAINT "PlanReminder_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
