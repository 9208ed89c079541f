-- A closed day's figures now travel as one row (HallRollup.data): the roll-ups, derived from the
-- tickets and events, are emptied and every closed day is rolled again into the new form.
DELETE FROM "HallRollup";

-- AlterTable
ALTER TABLE "HallRollup" ADD COLUMN     "data" TEXT NOT NULL DEFAULT '{}';

-- DropTable
DROP TABLE "HallDay";

-- DropTable
DROP TABLE "HallHour";

-- DropTable
DROP TABLE "HallWindowDay";

-- CreateIndex
CREATE INDEX "HelpRequest_officeId_at_idx" ON "HelpRequest"("officeId", "at");
