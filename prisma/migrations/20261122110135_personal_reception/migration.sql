-- CreateTable
CREATE TABLE "Official" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "userId" INTEGER,
    "fullName" TEXT NOT NULL,
    "positionKk" TEXT NOT NULL,
    "positionRu" TEXT NOT NULL,
    "roomId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Official_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Official_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Official_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Window" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReceptionSchedule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "submittedAt" DATETIME,
    "submittedById" INTEGER,
    "approvedAt" DATETIME,
    "approvedById" INTEGER,
    "publishedAt" DATETIME,
    "publishedById" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ReceptionSchedule_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReceptionSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "scheduleId" INTEGER NOT NULL,
    "officialId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "startsAt" TEXT NOT NULL,
    "endsAt" TEXT NOT NULL,
    "roomId" INTEGER,
    "placeKk" TEXT NOT NULL DEFAULT '',
    "placeRu" TEXT NOT NULL DEFAULT '',
    "type" TEXT NOT NULL DEFAULT 'REGULAR',
    "slotMinutes" INTEGER NOT NULL DEFAULT 20,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "cancelReason" TEXT,
    "noticeOn" TEXT,
    "noticeLate" BOOLEAN NOT NULL DEFAULT false,
    "movedToId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReceptionSession_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceptionSession_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "ReceptionSchedule" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceptionSession_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceptionSession_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Window" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Application" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "surname" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "patronymic" TEXT NOT NULL DEFAULT '',
    "iin" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "searchKey" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL,
    "applicantKind" TEXT NOT NULL DEFAULT 'SELF',
    "representedName" TEXT NOT NULL DEFAULT '',
    "authorityDoc" TEXT NOT NULL DEFAULT '',
    "foreigner" BOOLEAN NOT NULL DEFAULT false,
    "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,
    "category" TEXT,
    "channel" TEXT NOT NULL,
    "externalRegNo" TEXT NOT NULL DEFAULT '',
    "externalRegDate" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "registeredOn" TEXT NOT NULL,
    "requestedOfficialId" INTEGER,
    "substance" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'REGISTERED',
    "sessionId" INTEGER,
    "slotTime" TEXT,
    "answeredOn" TEXT,
    "returnedUntil" TEXT,
    "returnReason" TEXT,
    "extensionKind" TEXT,
    "extendedOn" TEXT,
    "extendedUntil" TEXT,
    "extensionReason" TEXT,
    "extensionNoticeOn" TEXT,
    "referenceNoteOn" TEXT,
    "refusalGround" TEXT,
    "hearingDecisionOn" TEXT,
    "hearingDraftSentOn" TEXT,
    "hearingOn" TEXT,
    "hearingMethod" TEXT,
    "hearingBy" TEXT,
    "hearingOutcome" TEXT,
    "forwardedTo" TEXT,
    "forwardedOn" TEXT,
    "otherBodyName" TEXT,
    "otherBodyRequestedOn" TEXT,
    "otherBodyNoticeOn" TEXT,
    "ticketId" INTEGER,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_requestedOfficialId_fkey" FOREIGN KEY ("requestedOfficialId") REFERENCES "Official" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Application_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReceptionSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Application_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegisterCounter" (
    "officeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,

    PRIMARY KEY ("officeId", "year")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "userId" INTEGER,
    "at" DATETIME NOT NULL,
    "detail" TEXT,
    CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "officeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dueOn" TEXT,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" DATETIME,
    "doneById" INTEGER,
    "method" TEXT,
    "noticeOn" TEXT,
    "note" TEXT,
    CONSTRAINT "ApplicationTask_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "userId" INTEGER,
    "officeId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "detail" TEXT
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
    "scheduleApprovedBy" TEXT NOT NULL DEFAULT 'AKIM',
    "finalListLead" INTEGER NOT NULL DEFAULT 1,
    "finalListUnit" TEXT NOT NULL DEFAULT 'WORKING_DAYS',
    "finalListRecipientKk" TEXT NOT NULL DEFAULT 'Аппарат басшысы',
    "finalListRecipientRu" TEXT NOT NULL DEFAULT 'Руководитель аппарата',
    "attendeeTemplate" TEXT NOT NULL DEFAULT '[]',
    "signupChannels" TEXT NOT NULL DEFAULT 'PORTAL,EOTINISH,PAPER,IN_PERSON,ORAL,CALL_CENTRE,EMAIL,WEBSITE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Office" ("closesAt", "code", "createdAt", "eventSeq", "id", "lastTicketMinutes", "lunchEnd", "lunchStart", "nameKk", "nameRu", "observesHolidays", "opensAt", "priorityAgingMinutes", "timeZone", "workDays") SELECT "closesAt", "code", "createdAt", "eventSeq", "id", "lastTicketMinutes", "lunchEnd", "lunchStart", "nameKk", "nameRu", "observesHolidays", "opensAt", "priorityAgingMinutes", "timeZone", "workDays" FROM "Office";
DROP TABLE "Office";
ALTER TABLE "new_Office" RENAME TO "Office";
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Official_userId_key" ON "Official"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionSchedule_officeId_month_key" ON "ReceptionSchedule"("officeId", "month");

-- CreateIndex
CREATE INDEX "ReceptionSession_officeId_date_idx" ON "ReceptionSession"("officeId", "date");

-- CreateIndex
CREATE INDEX "ReceptionSession_officialId_date_idx" ON "ReceptionSession"("officialId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Application_ticketId_key" ON "Application"("ticketId");

-- CreateIndex
CREATE INDEX "Application_officeId_state_idx" ON "Application"("officeId", "state");

-- CreateIndex
CREATE INDEX "Application_officeId_iin_idx" ON "Application"("officeId", "iin");

-- CreateIndex
CREATE INDEX "Application_sessionId_idx" ON "Application"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_officeId_year_number_key" ON "Application"("officeId", "year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Application_sessionId_slotTime_key" ON "Application"("sessionId", "slotTime");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_idx" ON "ApplicationEvent"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationTask_officeId_doneAt_idx" ON "ApplicationTask"("officeId", "doneAt");

-- CreateIndex
CREATE INDEX "ApplicationTask_applicationId_idx" ON "ApplicationTask"("applicationId");

-- CreateIndex
CREATE INDEX "AuditLog_officeId_at_idx" ON "AuditLog"("officeId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");
