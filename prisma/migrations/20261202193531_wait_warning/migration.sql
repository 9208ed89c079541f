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
    "waitWarnMinutes" INTEGER NOT NULL DEFAULT 30,
    "openDevices" BOOLEAN NOT NULL DEFAULT false,
    "eventSeq" INTEGER NOT NULL DEFAULT 0,
    "pausePresets" TEXT NOT NULL DEFAULT 'Түскі үзіліс | Обеденный перерыв
Қысқа үзіліс | Короткий перерыв
Құжаттармен жұмыс | Работа с документами
Техникалық ақау | Технический сбой
Жиналыс | Совещание',
    "scheduleApprovedBy" TEXT NOT NULL DEFAULT 'AKIM',
    "finalListLead" INTEGER NOT NULL DEFAULT 1,
    "finalListUnit" TEXT NOT NULL DEFAULT 'WORKING_DAYS',
    "finalListRecipientKk" TEXT NOT NULL DEFAULT 'Аппарат басшысы',
    "finalListRecipientRu" TEXT NOT NULL DEFAULT 'Руководитель аппарата',
    "attendeeTemplate" TEXT NOT NULL DEFAULT '[]',
    "signupChannels" TEXT NOT NULL DEFAULT 'PORTAL,EOTINISH,PAPER,IN_PERSON,ORAL,CALL_CENTRE,EMAIL,WEBSITE',
    "protocolDueDays" INTEGER NOT NULL DEFAULT 3,
    "protocolLanguages" TEXT NOT NULL DEFAULT 'kk,ru',
    "amberWorkingDays" INTEGER NOT NULL DEFAULT 3,
    "neverExtendedIssuers" TEXT NOT NULL DEFAULT 'PRES_ADMIN,GOV_OFFICE',
    "smtpUrl" TEXT NOT NULL DEFAULT '',
    "smtpFrom" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Office" ("amberWorkingDays", "attendeeTemplate", "closesAt", "code", "createdAt", "eventSeq", "finalListLead", "finalListRecipientKk", "finalListRecipientRu", "finalListUnit", "id", "lastTicketMinutes", "lunchEnd", "lunchStart", "nameKk", "nameRu", "neverExtendedIssuers", "observesHolidays", "openDevices", "opensAt", "pausePresets", "priorityAgingMinutes", "protocolDueDays", "protocolLanguages", "scheduleApprovedBy", "signupChannels", "smtpFrom", "smtpUrl", "timeZone", "workDays") SELECT "amberWorkingDays", "attendeeTemplate", "closesAt", "code", "createdAt", "eventSeq", "finalListLead", "finalListRecipientKk", "finalListRecipientRu", "finalListUnit", "id", "lastTicketMinutes", "lunchEnd", "lunchStart", "nameKk", "nameRu", "neverExtendedIssuers", "observesHolidays", "openDevices", "opensAt", "pausePresets", "priorityAgingMinutes", "protocolDueDays", "protocolLanguages", "scheduleApprovedBy", "signupChannels", "smtpFrom", "smtpUrl", "timeZone", "workDays" FROM "Office";
DROP TABLE "Office";
ALTER TABLE "new_Office" RENAME TO "Office";
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
