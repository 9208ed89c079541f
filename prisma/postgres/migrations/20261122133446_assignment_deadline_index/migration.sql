-- CreateIndex
CREATE INDEX "Assignment_officeId_deadline_idx" ON "Assignment"("officeId", "deadline");
