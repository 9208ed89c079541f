-- CreateTable
CREATE TABLE "Kiosk" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "printerKind" TEXT NOT NULL DEFAULT 'NONE',
    "printerAddress" TEXT NOT NULL DEFAULT '',
    "paperWidth" INTEGER NOT NULL DEFAULT 80,
    "printMode" TEXT NOT NULL DEFAULT 'RASTER',
    "printTimeoutMs" INTEGER NOT NULL DEFAULT 5000,
    "printerStatus" TEXT NOT NULL DEFAULT 'UNKNOWN',
    "printerError" TEXT,
    "printerCheckedAt" DATETIME,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Kiosk_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officeId" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "serviceDay" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "category" TEXT,
    "categoryStatus" TEXT,
    "needsAssistance" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'WAITING',
    "windowId" INTEGER,
    "targetWindowId" INTEGER,
    "token" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "issuedAt" DATETIME NOT NULL,
    "arrivedAt" DATETIME NOT NULL,
    "calledAt" DATETIME,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "callCount" INTEGER NOT NULL DEFAULT 0,
    "kioskId" INTEGER,
    "printStatus" TEXT,
    "printError" TEXT,
    CONSTRAINT "Ticket_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "Window" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Ticket_targetWindowId_fkey" FOREIGN KEY ("targetWindowId") REFERENCES "Window" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Ticket_kioskId_fkey" FOREIGN KEY ("kioskId") REFERENCES "Kiosk" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Ticket" ("arrivedAt", "callCount", "calledAt", "category", "categoryStatus", "code", "finishedAt", "id", "idempotencyKey", "issuedAt", "language", "needsAssistance", "number", "officeId", "serviceDay", "serviceId", "startedAt", "status", "targetWindowId", "token", "windowId") SELECT "arrivedAt", "callCount", "calledAt", "category", "categoryStatus", "code", "finishedAt", "id", "idempotencyKey", "issuedAt", "language", "needsAssistance", "number", "officeId", "serviceDay", "serviceId", "startedAt", "status", "targetWindowId", "token", "windowId" FROM "Ticket";
DROP TABLE "Ticket";
ALTER TABLE "new_Ticket" RENAME TO "Ticket";
CREATE UNIQUE INDEX "Ticket_token_key" ON "Ticket"("token");
CREATE INDEX "Ticket_officeId_serviceDay_status_idx" ON "Ticket"("officeId", "serviceDay", "status");
CREATE UNIQUE INDEX "Ticket_officeId_serviceDay_code_key" ON "Ticket"("officeId", "serviceDay", "code");
CREATE UNIQUE INDEX "Ticket_officeId_idempotencyKey_key" ON "Ticket"("officeId", "idempotencyKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Kiosk_officeId_code_key" ON "Kiosk"("officeId", "code");
