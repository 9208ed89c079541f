-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "amberWorkingDays" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "protocolDueDays" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "protocolLanguages" TEXT NOT NULL DEFAULT 'kk,ru',
ADD COLUMN     "smtpFrom" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "smtpUrl" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "email" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "unitId" INTEGER;

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'DEPARTMENT',
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "headName" TEXT NOT NULL DEFAULT '',
    "headUserId" INTEGER,
    "actingUserId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Protocol" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Protocol_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProtocolItem" (
    "id" SERIAL NOT NULL,
    "protocolId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "applicationId" INTEGER,
    "applicantName" TEXT NOT NULL DEFAULT '',
    "substance" TEXT NOT NULL DEFAULT '',
    "decision" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ProtocolItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssignmentExecutor" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "lead" BOOLEAN NOT NULL DEFAULT false,
    "receivedOn" TEXT NOT NULL,
    "partDueOn" TEXT,
    "partText" TEXT,
    "partOn" TEXT,
    "partById" INTEGER,

    CONSTRAINT "AssignmentExecutor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ControlRequest" (
    "id" SERIAL NOT NULL,
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
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ControlRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssignmentEvent" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "userId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL,
    "detail" TEXT,

    CONSTRAINT "AssignmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "fireOn" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "firedAt" TIMESTAMP(3),

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "officeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "params" TEXT NOT NULL DEFAULT '{}',
    "reminderId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Protocol" ADD CONSTRAINT "Protocol_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Protocol" ADD CONSTRAINT "Protocol_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReceptionSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtocolItem" ADD CONSTRAINT "ProtocolItem_protocolId_fkey" FOREIGN KEY ("protocolId") REFERENCES "Protocol"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtocolItem" ADD CONSTRAINT "ProtocolItem_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_protocolId_fkey" FOREIGN KEY ("protocolId") REFERENCES "Protocol"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_protocolItemId_fkey" FOREIGN KEY ("protocolItemId") REFERENCES "ProtocolItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_controllerId_fkey" FOREIGN KEY ("controllerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentExecutor" ADD CONSTRAINT "AssignmentExecutor_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentExecutor" ADD CONSTRAINT "AssignmentExecutor_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlRequest" ADD CONSTRAINT "ControlRequest_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentEvent" ADD CONSTRAINT "AssignmentEvent_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
