-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "guestSteps" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "PlanPresence" ADD COLUMN     "guestId" TEXT,
ALTER COLUMN "userId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "WorkshopLink" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopGuest" (
    "id" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopGuest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopLink_tokenHash_key" ON "WorkshopLink"("tokenHash");

-- CreateIndex
CREATE INDEX "WorkshopLink_planId_createdAt_idx" ON "WorkshopLink"("planId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopGuest_secretHash_key" ON "WorkshopGuest"("secretHash");

-- CreateIndex
CREATE INDEX "WorkshopGuest_linkId_idx" ON "WorkshopGuest"("linkId");

-- CreateIndex
CREATE INDEX "PlanPresence_guestId_idx" ON "PlanPresence"("guestId");

-- AddForeignKey
ALTER TABLE "PlanPresence" ADD CONSTRAINT "PlanPresence_guestId_fkey" FOREIGN KEY ("guestId") REFERENCES "WorkshopGuest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopLink" ADD CONSTRAINT "WorkshopLink_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopLink" ADD CONSTRAINT "WorkshopLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopGuest" ADD CONSTRAINT "WorkshopGuest_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "WorkshopLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;
