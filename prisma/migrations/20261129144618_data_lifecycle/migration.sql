-- CreateTable
CREATE TABLE "SystemAuditEvent" (
    "id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subjectHash" TEXT NOT NULL,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SystemAuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SystemAuditEvent_subjectHash_idx" ON "SystemAuditEvent"("subjectHash");

-- The system audit is append-only like the institutions' audit log.
CREATE TRIGGER "SystemAuditEvent_immutable" BEFORE UPDATE ON "SystemAuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "wegweiser_refuse_update"();

-- When a person deletes their account, the audit rows and approved versions they wrote must stay
-- but must no longer name them. These rows stay immutable otherwise: the only UPDATE allowed
-- clears the person's id and sets their name snapshot to '' (shown as "deleted account").
CREATE FUNCTION "wegweiser_audit_anonymise_only"() RETURNS trigger AS $$
BEGIN
  IF NEW."actorId" IS NULL AND NEW."actorName" = ''
     AND NEW."id" = OLD."id"
     AND NEW."institutionId" = OLD."institutionId"
     AND NEW."action" = OLD."action"
     AND NEW."targetType" = OLD."targetType"
     AND NEW."targetId" IS NOT DISTINCT FROM OLD."targetId"
     AND NEW."details" IS NOT DISTINCT FROM OLD."details"
     AND NEW."createdAt" = OLD."createdAt" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'rows of % are immutable', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER "AuditEvent_immutable" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_immutable" BEFORE UPDATE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "wegweiser_audit_anonymise_only"();

CREATE FUNCTION "wegweiser_version_anonymise_only"() RETURNS trigger AS $$
BEGIN
  IF NEW."approvedById" IS NULL AND NEW."approvedByName" = ''
     AND NEW."id" = OLD."id"
     AND NEW."planId" = OLD."planId"
     AND NEW."number" = OLD."number"
     AND NEW."title" = OLD."title"
     AND NEW."content" = OLD."content"
     AND NEW."readiness" = OLD."readiness"
     AND NEW."approvedAt" = OLD."approvedAt"
     AND NEW."note" IS NOT DISTINCT FROM OLD."note" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'rows of % are immutable', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER "PlanVersion_immutable" ON "PlanVersion";
CREATE TRIGGER "PlanVersion_immutable" BEFORE UPDATE ON "PlanVersion"
  FOR EACH ROW EXECUTE FUNCTION "wegweiser_version_anonymise_only"();
