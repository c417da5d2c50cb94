-- A link to a draft and a workshop guest link admit with their maker's authority. Removals,
-- demotions and account deletions revoke what the person may no longer make; this revokes what
-- earlier ones left working: such links whose maker is no longer a member of the plan's
-- institution (or whose account is deleted), or whose role may no longer make them (share links:
-- ADMIN, EDITOR, APPROVER; workshop links: ADMIN, EDITOR, CONSULTANT). Links to approved versions
-- stay: they carry a document the leadership released. Timestamps are stored as UTC.
UPDATE "ShareLink" AS link
SET "revokedAt" = (now() AT TIME ZONE 'UTC')
FROM "Plan" AS plan
WHERE link."planId" = plan."id"
  AND link."revokedAt" IS NULL
  AND link."versionNumber" IS NULL
  AND (link."expiresAt" IS NULL OR link."expiresAt" > (now() AT TIME ZONE 'UTC'))
  AND NOT EXISTS (
    SELECT 1 FROM "Membership" AS m
    WHERE m."userId" = link."createdById"
      AND m."institutionId" = plan."institutionId"
      AND m."role" IN ('ADMIN', 'EDITOR', 'APPROVER')
  );

UPDATE "WorkshopLink" AS link
SET "revokedAt" = (now() AT TIME ZONE 'UTC')
FROM "Plan" AS plan
WHERE link."planId" = plan."id"
  AND link."revokedAt" IS NULL
  AND link."expiresAt" > (now() AT TIME ZONE 'UTC')
  AND NOT EXISTS (
    SELECT 1 FROM "Membership" AS m
    WHERE m."userId" = link."createdById"
      AND m."institutionId" = plan."institutionId"
      AND m."role" IN ('ADMIN', 'EDITOR', 'CONSULTANT')
  );
