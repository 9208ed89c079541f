-- AlterTable
ALTER TABLE "Official" ADD COLUMN     "sameDay" BOOLEAN NOT NULL DEFAULT false;
