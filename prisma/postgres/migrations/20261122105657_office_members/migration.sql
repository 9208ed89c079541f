-- CreateTable
CREATE TABLE "OfficeMember" (
    "userId" INTEGER NOT NULL,
    "officeId" INTEGER NOT NULL,

    CONSTRAINT "OfficeMember_pkey" PRIMARY KEY ("userId","officeId")
);

-- CreateIndex
CREATE INDEX "OfficeMember_officeId_idx" ON "OfficeMember"("officeId");

-- AddForeignKey
ALTER TABLE "OfficeMember" ADD CONSTRAINT "OfficeMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeMember" ADD CONSTRAINT "OfficeMember_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;
