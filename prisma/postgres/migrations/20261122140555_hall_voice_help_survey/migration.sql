-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "descriptionKk" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "descriptionRu" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "VoiceClip" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VoiceClip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "kioskId" INTEGER,
    "ticketId" INTEGER,
    "language" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "at" TIMESTAMP(3) NOT NULL,
    "ackAt" TIMESTAMP(3),
    "ackById" INTEGER,

    CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "ticketId" INTEGER,
    "applicationId" INTEGER,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL,
    "recordedById" INTEGER,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VoiceClip_officeId_lang_key_key" ON "VoiceClip"("officeId", "lang", "key");

-- CreateIndex
CREATE INDEX "HelpRequest_officeId_state_idx" ON "HelpRequest"("officeId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_ticketId_key" ON "SurveyResponse"("ticketId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_applicationId_key" ON "SurveyResponse"("applicationId");

-- CreateIndex
CREATE INDEX "SurveyResponse_officeId_at_idx" ON "SurveyResponse"("officeId", "at");

-- AddForeignKey
ALTER TABLE "VoiceClip" ADD CONSTRAINT "VoiceClip_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;
