-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "kioskId" INTEGER,
ADD COLUMN     "printError" TEXT,
ADD COLUMN     "printStatus" TEXT;

-- CreateTable
CREATE TABLE "Kiosk" (
    "id" SERIAL NOT NULL,
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
    "printerCheckedAt" TIMESTAMP(3),
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Kiosk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Kiosk_officeId_code_key" ON "Kiosk"("officeId", "code");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_kioskId_fkey" FOREIGN KEY ("kioskId") REFERENCES "Kiosk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kiosk" ADD CONSTRAINT "Kiosk_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
