-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "identityVerified" TEXT,
ADD COLUMN     "issuedById" INTEGER;
