-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "movesIfWeekend" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    "updatedById" INTEGER
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Office" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Almaty',
    "workDays" TEXT NOT NULL DEFAULT '1,2,3,4,5',
    "opensAt" TEXT NOT NULL DEFAULT '09:00',
    "closesAt" TEXT NOT NULL DEFAULT '18:30',
    "lunchStart" TEXT DEFAULT '13:00',
    "lunchEnd" TEXT DEFAULT '14:30',
    "lastTicketMinutes" INTEGER NOT NULL DEFAULT 15,
    "observesHolidays" BOOLEAN NOT NULL DEFAULT true,
    "priorityAgingMinutes" INTEGER,
    "eventSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Office" ("closesAt", "code", "createdAt", "eventSeq", "id", "lastTicketMinutes", "lunchEnd", "lunchStart", "nameKk", "nameRu", "opensAt", "priorityAgingMinutes", "timeZone", "workDays") SELECT "closesAt", "code", "createdAt", "eventSeq", "id", "lastTicketMinutes", "lunchEnd", "lunchStart", "nameKk", "nameRu", "opensAt", "priorityAgingMinutes", "timeZone", "workDays" FROM "Office";
DROP TABLE "Office";
ALTER TABLE "new_Office" RENAME TO "Office";
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
