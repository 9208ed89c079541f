-- DropIndex
DROP INDEX "Ticket_officeId_serviceDay_status_serviceId_category_arrivedAt_idx";

-- CreateIndex
CREATE INDEX "Ticket_officeId_serviceDay_status_serviceId_category_arrivedAt_targetWindowId_idx" ON "Ticket"("officeId", "serviceDay", "status", "serviceId", "category", "arrivedAt", "targetWindowId");
