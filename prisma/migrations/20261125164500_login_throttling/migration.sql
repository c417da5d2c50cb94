-- CreateTable
CREATE TABLE "LoginFailure" (
    "id" TEXT NOT NULL,
    "accountKey" TEXT NOT NULL,
    "addressKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LoginFailure_accountKey_createdAt_idx" ON "LoginFailure"("accountKey", "createdAt");

-- CreateIndex
CREATE INDEX "LoginFailure_addressKey_createdAt_idx" ON "LoginFailure"("addressKey", "createdAt");

-- CreateIndex
CREATE INDEX "LoginFailure_createdAt_idx" ON "LoginFailure"("createdAt");
