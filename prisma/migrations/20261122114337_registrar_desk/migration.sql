-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN "identityVerified" TEXT;
ALTER TABLE "Ticket" ADD COLUMN "issuedById" INTEGER;
