-- AlterTable
ALTER TABLE "HelpRequest" ADD COLUMN "deviceId" INTEGER;

-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "tokenHash" TEXT NOT NULL,
    "pairingCode" TEXT,
    "codeExpiresAt" DATETIME,
    "nameKk" TEXT NOT NULL DEFAULT '',
    "nameRu" TEXT NOT NULL DEFAULT '',
    "kioskId" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "pairedAt" DATETIME,
    "pairedById" INTEGER,
    "lastSeenAt" DATETIME,
    "version" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Device_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Device_kioskId_fkey" FOREIGN KEY ("kioskId") REFERENCES "Kiosk" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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
    "openDevices" BOOLEAN NOT NULL DEFAULT false,
    "eventSeq" INTEGER NOT NULL DEFAULT 0,
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
    "smtpUrl" TEXT NOT NULL DEFAULT '',
    "smtpFrom" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Office" ("amberWorkingDays", "attendeeTemplate", "closesAt", "code", "createdAt", "eventSeq", "finalListLead", "finalListRecipientKk", "finalListRecipientRu", "finalListUnit", "id", "lastTicketMinutes", "lunchEnd", "lunchStart", "nameKk", "nameRu", "observesHolidays", "opensAt", "priorityAgingMinutes", "protocolDueDays", "protocolLanguages", "scheduleApprovedBy", "signupChannels", "smtpFrom", "smtpUrl", "timeZone", "workDays") SELECT "amberWorkingDays", "attendeeTemplate", "closesAt", "code", "createdAt", "eventSeq", "finalListLead", "finalListRecipientKk", "finalListRecipientRu", "finalListUnit", "id", "lastTicketMinutes", "lunchEnd", "lunchStart", "nameKk", "nameRu", "observesHolidays", "opensAt", "priorityAgingMinutes", "protocolDueDays", "protocolLanguages", "scheduleApprovedBy", "signupChannels", "smtpFrom", "smtpUrl", "timeZone", "workDays" FROM "Office";
DROP TABLE "Office";
ALTER TABLE "new_Office" RENAME TO "Office";
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Device_tokenHash_key" ON "Device"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Device_pairingCode_key" ON "Device"("pairingCode");

-- CreateIndex
CREATE INDEX "Device_officeId_state_idx" ON "Device"("officeId", "state");
