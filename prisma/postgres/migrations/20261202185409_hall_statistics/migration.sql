-- CreateTable
CREATE TABLE "HallDay" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "windowId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "issuedKiosk" INTEGER NOT NULL,
    "issuedDesk" INTEGER NOT NULL,
    "issuedCheckIn" INTEGER NOT NULL,
    "served" INTEGER NOT NULL,
    "noShow" INTEGER NOT NULL,
    "transferred" INTEGER NOT NULL,
    "unserved" INTEGER NOT NULL,
    "outOfTurn" INTEGER NOT NULL,
    "kk" INTEGER NOT NULL,
    "ru" INTEGER NOT NULL,
    "waits" TEXT NOT NULL,
    "waitsOutOfTurn" TEXT NOT NULL,
    "serviceTimes" TEXT NOT NULL,

    CONSTRAINT "HallDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallHour" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "hour" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "arrivals" INTEGER NOT NULL,
    "waits" TEXT NOT NULL,

    CONSTRAINT "HallHour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallRollup" (
    "officeId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HallRollup_pkey" PRIMARY KEY ("officeId","day")
);

-- CreateIndex
CREATE INDEX "HallDay_officeId_day_idx" ON "HallDay"("officeId", "day");

-- CreateIndex
CREATE INDEX "HallHour_officeId_day_idx" ON "HallHour"("officeId", "day");
