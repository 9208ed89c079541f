-- AlterTable
ALTER TABLE "HelpRequest" ADD COLUMN     "deviceId" INTEGER;

-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "openDevices" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Device" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "tokenHash" TEXT NOT NULL,
    "pairingCode" TEXT,
    "codeExpiresAt" TIMESTAMP(3),
    "nameKk" TEXT NOT NULL DEFAULT '',
    "nameRu" TEXT NOT NULL DEFAULT '',
    "kioskId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "pairedAt" TIMESTAMP(3),
    "pairedById" INTEGER,
    "lastSeenAt" TIMESTAMP(3),
    "version" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_tokenHash_key" ON "Device"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Device_pairingCode_key" ON "Device"("pairingCode");

-- CreateIndex
CREATE INDEX "Device_officeId_state_idx" ON "Device"("officeId", "state");

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_kioskId_fkey" FOREIGN KEY ("kioskId") REFERENCES "Kiosk"("id") ON DELETE SET NULL ON UPDATE CASCADE;
