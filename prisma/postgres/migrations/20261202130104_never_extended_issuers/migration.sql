-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "neverExtendedIssuers" TEXT NOT NULL DEFAULT 'PRES_ADMIN,GOV_OFFICE';
