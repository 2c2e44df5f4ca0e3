-- CreateIndex
CREATE INDEX "AuditEvent_documentId_action_idx" ON "AuditEvent"("documentId", "action");

-- CreateIndex
CREATE INDEX "AuditEvent_documentId_actorId_idx" ON "AuditEvent"("documentId", "actorId");

-- CreateIndex
CREATE INDEX "Proposal_basedOnId_idx" ON "Proposal"("basedOnId");

-- CreateIndex
CREATE INDEX "Proposal_editedInReview_createdAt_idx" ON "Proposal"("editedInReview", "createdAt");

-- CreateIndex
CREATE INDEX "Review_decision_createdAt_idx" ON "Review"("decision", "createdAt");
