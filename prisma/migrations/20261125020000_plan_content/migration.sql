-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "templateKey" TEXT;

-- CreateTable
CREATE TABLE "PlanItem" (
    "planId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "position" DOUBLE PRECISION NOT NULL,
    "revision" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("planId","id")
);

-- CreateTable
CREATE TABLE "PlanValue" (
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "itemId" TEXT,
    "value" JSONB,
    "revision" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanValue_pkey" PRIMARY KEY ("planId","key")
);

-- CreateIndex
CREATE INDEX "PlanItem_planId_list_idx" ON "PlanItem"("planId", "list");

-- CreateIndex
CREATE INDEX "PlanValue_planId_itemId_idx" ON "PlanValue"("planId", "itemId");

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanValue" ADD CONSTRAINT "PlanValue_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanValue" ADD CONSTRAINT "PlanValue_planId_itemId_fkey" FOREIGN KEY ("planId", "itemId") REFERENCES "PlanItem"("planId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
