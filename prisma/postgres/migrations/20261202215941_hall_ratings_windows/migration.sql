-- The roll-ups are derived from the tickets and events: emptied, so every closed day is rolled
-- again with its ratings and its windows' time (server/statistics/rollup.ts).
DELETE FROM "HallRollup";
DELETE FROM "HallDay";
DELETE FROM "HallHour";

-- AlterTable
ALTER TABLE "HallDay" ADD COLUMN     "r1" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "r2" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "r3" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "r4" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "r5" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "HallWindowDay" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "windowId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "openMinutes" INTEGER NOT NULL,
    "pauses" TEXT NOT NULL,

    CONSTRAINT "HallWindowDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HallWindowDay_officeId_day_idx" ON "HallWindowDay"("officeId", "day");

-- CreateIndex
CREATE INDEX "TicketEvent_officeId_type_at_idx" ON "TicketEvent"("officeId", "type", "at");
