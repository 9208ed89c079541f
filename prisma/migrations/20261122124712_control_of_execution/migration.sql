-- CreateTable
CREATE TABLE "Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'DEPARTMENT',
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "headName" TEXT NOT NULL DEFAULT '',
    "headUserId" INTEGER,
    "actingUserId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Unit_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Protocol" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "sessionId" INTEGER,
    "heldOn" TEXT NOT NULL,
    "regNo" TEXT NOT NULL DEFAULT '',
    "regDate" TEXT,
    "chairName" TEXT NOT NULL DEFAULT '',
    "chairPositionKk" TEXT NOT NULL DEFAULT '',
    "chairPositionRu" TEXT NOT NULL DEFAULT '',
    "attendees" TEXT NOT NULL DEFAULT '[]',
    "controllerId" INTEGER,
    "dueOn" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "signedOn" TEXT,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Protocol_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Protocol_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReceptionSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProtocolItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "protocolId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "applicationId" INTEGER,
    "applicantName" TEXT NOT NULL DEFAULT '',
    "substance" TEXT NOT NULL DEFAULT '',
    "decision" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ProtocolItem_protocolId_fkey" FOREIGN KEY ("protocolId") REFERENCES "Protocol" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProtocolItem_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "issuer" TEXT NOT NULL DEFAULT 'AKIM',
    "sourceRef" TEXT NOT NULL DEFAULT '',
    "sourceDate" TEXT NOT NULL,
    "protocolId" INTEGER,
    "protocolItemId" INTEGER,
    "fromReception" BOOLEAN NOT NULL DEFAULT false,
    "applicationId" INTEGER,
    "consideredBy" TEXT NOT NULL DEFAULT '[]',
    "number" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "controllerId" INTEGER,
    "assigneeId" INTEGER,
    "category" TEXT,
    "givenOn" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "firstDeadline" TEXT NOT NULL,
    "onControl" BOOLEAN NOT NULL DEFAULT true,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "extensions" INTEGER NOT NULL DEFAULT 0,
    "reportText" TEXT,
    "reportSignedBy" TEXT,
    "reportSignedAs" TEXT,
    "reportedOn" TEXT,
    "reportedById" INTEGER,
    "removedOn" TEXT,
    "removalGround" TEXT,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assignment_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_protocolId_fkey" FOREIGN KEY ("protocolId") REFERENCES "Protocol" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_protocolItemId_fkey" FOREIGN KEY ("protocolItemId") REFERENCES "ProtocolItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_controllerId_fkey" FOREIGN KEY ("controllerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssignmentExecutor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assignmentId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "lead" BOOLEAN NOT NULL DEFAULT false,
    "receivedOn" TEXT NOT NULL,
    "partDueOn" TEXT,
    "partText" TEXT,
    "partOn" TEXT,
    "partById" INTEGER,
    CONSTRAINT "AssignmentExecutor_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AssignmentExecutor_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ControlRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assignmentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "requestedById" INTEGER NOT NULL,
    "requestedOn" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "newDeadline" TEXT,
    "letterRef" TEXT NOT NULL DEFAULT '',
    "agreedWithCo" BOOLEAN NOT NULL DEFAULT false,
    "exceptional" BOOLEAN NOT NULL DEFAULT false,
    "disciplinaryReview" BOOLEAN NOT NULL DEFAULT false,
    "ground" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "toUnitId" INTEGER,
    "decidedById" INTEGER,
    "decidedAt" DATETIME,
    "decisionNote" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ControlRequest_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssignmentEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assignmentId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "userId" INTEGER,
    "at" DATETIME NOT NULL,
    "detail" TEXT,
    CONSTRAINT "AssignmentEvent_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assignmentId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "Attachment_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "fireOn" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "firedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "officeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "params" TEXT NOT NULL DEFAULT '{}',
    "reminderId" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "readAt" DATETIME,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" DATETIME,
    "sentAt" DATETIME,
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL
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
    "protocolDueDays" INTEGER NOT NULL DEFAULT 3,
    "protocolLanguages" TEXT NOT NULL DEFAULT 'kk,ru',
    "amberWorkingDays" INTEGER NOT NULL DEFAULT 3,
    "smtpUrl" TEXT NOT NULL DEFAULT '',
    "smtpFrom" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Office" ("attendeeTemplate", "closesAt", "code", "createdAt", "eventSeq", "finalListLead", "finalListRecipientKk", "finalListRecipientRu", "finalListUnit", "id", "lastTicketMinutes", "lunchEnd", "lunchStart", "nameKk", "nameRu", "observesHolidays", "opensAt", "priorityAgingMinutes", "scheduleApprovedBy", "signupChannels", "timeZone", "workDays") SELECT "attendeeTemplate", "closesAt", "code", "createdAt", "eventSeq", "finalListLead", "finalListRecipientKk", "finalListRecipientRu", "finalListUnit", "id", "lastTicketMinutes", "lunchEnd", "lunchStart", "nameKk", "nameRu", "observesHolidays", "opensAt", "priorityAgingMinutes", "scheduleApprovedBy", "signupChannels", "timeZone", "workDays" FROM "Office";
DROP TABLE "Office";
ALTER TABLE "new_Office" RENAME TO "Office";
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "login" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "officeId" INTEGER,
    "unitId" INTEGER,
    "email" TEXT NOT NULL DEFAULT '',
    "locale" TEXT NOT NULL DEFAULT 'kk',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "createdAt", "fullName", "id", "locale", "login", "officeId", "passwordHash", "role") SELECT "active", "createdAt", "fullName", "id", "locale", "login", "officeId", "passwordHash", "role" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_login_key" ON "User"("login");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Unit_officeId_idx" ON "Unit"("officeId");

-- CreateIndex
CREATE UNIQUE INDEX "Protocol_sessionId_key" ON "Protocol"("sessionId");

-- CreateIndex
CREATE INDEX "Protocol_officeId_heldOn_idx" ON "Protocol"("officeId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "ProtocolItem_protocolId_position_key" ON "ProtocolItem"("protocolId", "position");

-- CreateIndex
CREATE INDEX "Assignment_officeId_state_deadline_idx" ON "Assignment"("officeId", "state", "deadline");

-- CreateIndex
CREATE INDEX "Assignment_protocolId_idx" ON "Assignment"("protocolId");

-- CreateIndex
CREATE INDEX "AssignmentExecutor_unitId_idx" ON "AssignmentExecutor"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "AssignmentExecutor_assignmentId_unitId_key" ON "AssignmentExecutor"("assignmentId", "unitId");

-- CreateIndex
CREATE INDEX "ControlRequest_assignmentId_idx" ON "ControlRequest"("assignmentId");

-- CreateIndex
CREATE INDEX "AssignmentEvent_assignmentId_idx" ON "AssignmentEvent"("assignmentId");

-- CreateIndex
CREATE INDEX "Attachment_assignmentId_idx" ON "Attachment"("assignmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_key_key" ON "Reminder"("key");

-- CreateIndex
CREATE INDEX "Reminder_state_fireOn_idx" ON "Reminder"("state", "fireOn");

-- CreateIndex
CREATE INDEX "Reminder_entity_entityId_idx" ON "Reminder"("entity", "entityId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_reminderId_userId_key" ON "Notification"("reminderId", "userId");

-- CreateIndex
CREATE INDEX "EmailOutbox_state_createdAt_idx" ON "EmailOutbox"("state", "createdAt");
