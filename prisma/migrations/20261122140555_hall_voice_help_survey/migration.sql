-- CreateTable
CREATE TABLE "VoiceClip" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "VoiceClip_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "kioskId" INTEGER,
    "ticketId" INTEGER,
    "language" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "at" DATETIME NOT NULL,
    "ackAt" DATETIME,
    "ackById" INTEGER,
    CONSTRAINT "HelpRequest_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "ticketId" INTEGER,
    "applicationId" INTEGER,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL,
    "recordedById" INTEGER,
    "at" DATETIME NOT NULL,
    CONSTRAINT "SurveyResponse_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SurveyResponse_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SurveyResponse_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Service" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "descriptionKk" TEXT NOT NULL DEFAULT '',
    "descriptionRu" TEXT NOT NULL DEFAULT '',
    "avgServiceMinutes" INTEGER NOT NULL DEFAULT 10,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Service_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Service" ("active", "avgServiceMinutes", "code", "id", "nameKk", "nameRu", "officeId", "prefix", "sortOrder") SELECT "active", "avgServiceMinutes", "code", "id", "nameKk", "nameRu", "officeId", "prefix", "sortOrder" FROM "Service";
DROP TABLE "Service";
ALTER TABLE "new_Service" RENAME TO "Service";
CREATE UNIQUE INDEX "Service_officeId_code_key" ON "Service"("officeId", "code");
CREATE UNIQUE INDEX "Service_officeId_prefix_key" ON "Service"("officeId", "prefix");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
