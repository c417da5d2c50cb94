-- A version keeps the institution type it was approved under (an admin may now correct the type).
-- AlterTable
ALTER TABLE "PlanVersion" ADD COLUMN     "institutionType" "InstitutionType";

-- Versions approved before this were approved under the type the institution has today.
UPDATE "PlanVersion" AS v
SET "institutionType" = i."type"
FROM "Plan" AS p
JOIN "Institution" AS i ON i."id" = p."institutionId"
WHERE p."id" = v."planId";

ALTER TABLE "PlanVersion" ALTER COLUMN "institutionType" SET NOT NULL;
