-- A version keeps the institution type it was approved under (an admin may now correct the type).
-- AlterTable
ALTER TABLE "PlanVersion" ADD COLUMN     "institutionType" "InstitutionType";

-- Versions approved before this were approved under the type the institution has today. Filling
-- the new column is no change to what was approved, so the immutability trigger steps aside for it.
ALTER TABLE "PlanVersion" DISABLE TRIGGER "PlanVersion_immutable";
UPDATE "PlanVersion" AS v
SET "institutionType" = i."type"
FROM "Plan" AS p
JOIN "Institution" AS i ON i."id" = p."institutionId"
WHERE p."id" = v."planId";
ALTER TABLE "PlanVersion" ENABLE TRIGGER "PlanVersion_immutable";

ALTER TABLE "PlanVersion" ALTER COLUMN "institutionType" SET NOT NULL;

-- The type is part of what was approved: anonymising the approver still changes nothing else.
CREATE OR REPLACE FUNCTION "wegweiser_version_anonymise_only"() RETURNS trigger AS $$
BEGIN
  IF NEW."approvedById" IS NULL AND NEW."approvedByName" = ''
     AND NEW."id" = OLD."id"
     AND NEW."planId" = OLD."planId"
     AND NEW."number" = OLD."number"
     AND NEW."title" = OLD."title"
     AND NEW."institutionType" = OLD."institutionType"
     AND NEW."content" = OLD."content"
     AND NEW."readiness" = OLD."readiness"
     AND NEW."approvedAt" = OLD."approvedAt"
     AND NEW."note" IS NOT DISTINCT FROM OLD."note" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'rows of % are immutable', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;
