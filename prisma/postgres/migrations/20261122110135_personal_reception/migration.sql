-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "attendeeTemplate" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "finalListLead" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "finalListRecipientKk" TEXT NOT NULL DEFAULT 'Аппарат басшысы',
ADD COLUMN     "finalListRecipientRu" TEXT NOT NULL DEFAULT 'Руководитель аппарата',
ADD COLUMN     "finalListUnit" TEXT NOT NULL DEFAULT 'WORKING_DAYS',
ADD COLUMN     "scheduleApprovedBy" TEXT NOT NULL DEFAULT 'AKIM',
ADD COLUMN     "signupChannels" TEXT NOT NULL DEFAULT 'PORTAL,EOTINISH,PAPER,IN_PERSON,ORAL,CALL_CENTRE,EMAIL,WEBSITE';

-- CreateTable
CREATE TABLE "Official" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "userId" INTEGER,
    "fullName" TEXT NOT NULL,
    "positionKk" TEXT NOT NULL,
    "positionRu" TEXT NOT NULL,
    "roomId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Official_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionSchedule" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "submittedById" INTEGER,
    "approvedAt" TIMESTAMP(3),
    "approvedById" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "publishedById" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ReceptionSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionSession" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceptionSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" SERIAL NOT NULL,
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
    "receivedAt" TIMESTAMP(3) NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterCounter" (
    "officeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "RegisterCounter_pkey" PRIMARY KEY ("officeId","year")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "userId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL,
    "detail" TEXT,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationTask" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "officeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dueOn" TEXT,
    "detail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),
    "doneById" INTEGER,
    "method" TEXT,
    "noticeOn" TEXT,
    "note" TEXT,

    CONSTRAINT "ApplicationTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "userId" INTEGER,
    "officeId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "detail" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Window"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionSchedule" ADD CONSTRAINT "ReceptionSchedule_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionSession" ADD CONSTRAINT "ReceptionSession_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionSession" ADD CONSTRAINT "ReceptionSession_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "ReceptionSchedule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionSession" ADD CONSTRAINT "ReceptionSession_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionSession" ADD CONSTRAINT "ReceptionSession_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Window"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_requestedOfficialId_fkey" FOREIGN KEY ("requestedOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReceptionSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationTask" ADD CONSTRAINT "ApplicationTask_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
