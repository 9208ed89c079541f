-- A closed day's figures now travel as one row (HallRollup.data): the roll-ups, derived from the
-- tickets and events, are emptied and every closed day is rolled again into the new form.
DELETE FROM "HallRollup";

-- DropIndex
DROP INDEX "HallDay_officeId_day_idx";

-- DropIndex
DROP INDEX "HallHour_officeId_day_idx";

-- DropIndex
DROP INDEX "HallWindowDay_officeId_day_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "HallDay";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "HallHour";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "HallWindowDay";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_HallRollup" (
    "officeId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "data" TEXT NOT NULL DEFAULT '{}',

    PRIMARY KEY ("officeId", "day")
);
INSERT INTO "new_HallRollup" ("at", "day", "officeId") SELECT "at", "day", "officeId" FROM "HallRollup";
DROP TABLE "HallRollup";
ALTER TABLE "new_HallRollup" RENAME TO "HallRollup";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "HelpRequest_officeId_at_idx" ON "HelpRequest"("officeId", "at");
