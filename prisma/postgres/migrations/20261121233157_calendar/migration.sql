-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "observesHolidays" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "movesIfWeekend" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);
