import { describe, expect, it } from "vitest";
import type { ActivityEvent } from "@/lib/server/audit/list-document-activity";
import { describeEvent } from "./describe-event";

const event = (action: string, entityId: string, after: unknown = null, before: unknown = null): ActivityEvent => ({
  id: "1",
  action,
  entityType: "Proposal",
  entityId,
  actor: { name: "Rita Reviewer", email: "rita@example.org" },
  segmentId: 7,
  segmentOrder: 3,
  before: before as ActivityEvent["before"],
  after: after as ActivityEvent["after"],
  createdAt: new Date(0),
});

describe("describeEvent", () => {
  it("says in words what each action of the document's work did, never an action code and a database id", () => {
    expect(describeEvent(event("segment.confirm", "41", { status: "confirmed" }))).toBe("confirmed the MT unchanged");
    expect(describeEvent(event("segment.reopen", "7", { reopenedProposalId: 40 }))).toBe("reopened the sentence (proposal 40 waits for review again)");
    expect(describeEvent(event("proposal.undo-approve", "40", { reopenedFlags: [1, 2] }))).toBe("undid the approval of proposal 40, reopening 2 flags");
    expect(describeEvent(event("proposal.undo-approve", "40", {}))).toBe("undid the approval of proposal 40");
    expect(describeEvent(event("annotation.resolve-on-approval", "40", { annotationIds: [5] }))).toBe("resolved 1 open flag with the approval of proposal 40");
    expect(describeEvent(event("finding.dismiss", "9", { check: "number-mismatch", span: "15", reason: "Fine here." }))).toBe("dismissed the check number-mismatch on “15”: Fine here.");
    expect(describeEvent(event("finding.restore", "9", null, { check: "number-mismatch", span: "15", reason: "Fine here." }))).toBe("restored the dismissed finding of the check number-mismatch on “15”");
    expect(describeEvent(event("document.import-into", "3", { fileName: "edited.xlf", units: 12, proposals: 4 }))).toBe("imported “edited.xlf” into the document: 4 proposals from 12 units");
    expect(describeEvent(event("document.restore", "3", { segments: 83, proposals: 20 }))).toBe("restored the document from a backup (83 segments, 20 proposals)");
  });
});
