-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "waitWarnMinutes" INTEGER NOT NULL DEFAULT 30;
