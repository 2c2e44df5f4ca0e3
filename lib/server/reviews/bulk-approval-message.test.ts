import { describe, expect, it } from "vitest";
import { bulkApprovalMessage } from "./bulk-approval-message";

describe("bulkApprovalMessage", () => {
  it("says how many were approved", () => {
    expect(bulkApprovalMessage(1, [])).toBe("Approved 1 proposal.");
    expect(bulkApprovalMessage(3, [])).toBe("Approved 3 proposals.");
  });

  it("says how many older competing proposals the newer ones superseded", () => {
    expect(bulkApprovalMessage(2, [], 1)).toBe("Approved 2 proposals. 1 older proposal of the same sentence was superseded by the newer one you selected.");
  });

  it("names who decided the proposals it left alone", () => {
    expect(bulkApprovalMessage(3, [{ proposalId: 4, state: "approved", by: "Ann" }])).toBe(
      "Approved 3 proposals. 1 of your selection was already decided by someone else and left as it is (approved by Ann).",
    );
    const decided = [
      { proposalId: 4, state: "approved", by: "Ann" },
      { proposalId: 5, state: "approved", by: "Ann" },
      { proposalId: 6, state: "rejected", by: "Bo" },
      { proposalId: 7, state: "superseded", by: null },
    ] as const;
    expect(bulkApprovalMessage(0, decided)).toBe(
      "Nothing was approved. 4 of your selection were already decided by someone else and left as they are (2 approved by Ann, 1 rejected by Bo, 1 superseded by a newer approval).",
    );
  });
});
