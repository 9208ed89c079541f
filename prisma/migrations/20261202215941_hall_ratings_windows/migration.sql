-- The roll-ups are derived from the tickets and events: emptied, so every closed day is rolled
-- again with its ratings and its windows' time (server/statistics/rollup.ts).
DELETE FROM "HallRollup";
DELETE FROM "HallDay";
DELETE FROM "HallHour";

-- CreateTable
CREATE TABLE "HallWindowDay" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "windowId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "openMinutes" INTEGER NOT NULL,
    "pauses" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_HallDay" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "windowId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "issuedKiosk" INTEGER NOT NULL,
    "issuedDesk" INTEGER NOT NULL,
    "issuedCheckIn" INTEGER NOT NULL,
    "served" INTEGER NOT NULL,
    "noShow" INTEGER NOT NULL,
    "transferred" INTEGER NOT NULL,
    "unserved" INTEGER NOT NULL,
    "outOfTurn" INTEGER NOT NULL,
    "kk" INTEGER NOT NULL,
    "ru" INTEGER NOT NULL,
    "r1" INTEGER NOT NULL DEFAULT 0,
    "r2" INTEGER NOT NULL DEFAULT 0,
    "r3" INTEGER NOT NULL DEFAULT 0,
    "r4" INTEGER NOT NULL DEFAULT 0,
    "r5" INTEGER NOT NULL DEFAULT 0,
    "waits" TEXT NOT NULL,
    "waitsOutOfTurn" TEXT NOT NULL,
    "serviceTimes" TEXT NOT NULL
);
INSERT INTO "new_HallDay" ("day", "id", "issuedCheckIn", "issuedDesk", "issuedKiosk", "kk", "noShow", "officeId", "outOfTurn", "ru", "served", "serviceId", "serviceTimes", "transferred", "unserved", "userId", "waits", "waitsOutOfTurn", "weekday", "windowId") SELECT "day", "id", "issuedCheckIn", "issuedDesk", "issuedKiosk", "kk", "noShow", "officeId", "outOfTurn", "ru", "served", "serviceId", "serviceTimes", "transferred", "unserved", "userId", "waits", "waitsOutOfTurn", "weekday", "windowId" FROM "HallDay";
DROP TABLE "HallDay";
ALTER TABLE "new_HallDay" RENAME TO "HallDay";
CREATE INDEX "HallDay_officeId_day_idx" ON "HallDay"("officeId", "day");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "HallWindowDay_officeId_day_idx" ON "HallWindowDay"("officeId", "day");

-- CreateIndex
CREATE INDEX "TicketEvent_officeId_type_at_idx" ON "TicketEvent"("officeId", "type", "at");
