-- CreateTable
CREATE TABLE "OfficeMember" (
    "userId" INTEGER NOT NULL,
    "officeId" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "officeId"),
    CONSTRAINT "OfficeMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OfficeMember_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OfficeMember_officeId_idx" ON "OfficeMember"("officeId");
