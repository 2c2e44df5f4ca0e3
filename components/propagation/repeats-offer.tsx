"use client";

import { useEffect, useState } from "react";
import { applyRepeatsAction, findRepeatsAction } from "@/app/documents/[id]/propagation-actions";
import type { SentenceChange } from "@/lib/server/propagation/preview-changes";
import { OfferPanel } from "./offer-panel";

export type ApprovedSentence = { segmentId: number; order: number; nonce: number };

/** After an approval: the sentences with the same MT, offered the approved text as proposals (they still go to review). */
export function RepeatsOffer({ approved, onDismiss }: { approved: ApprovedSentence; onDismiss: () => void }) {
  const [changes, setChanges] = useState<SentenceChange[]>([]);
  useEffect(() => {
    let current = true;
    void findRepeatsAction(approved.segmentId).then((outcome) => {
      if (current && outcome.ok) setChanges(outcome.value.changes);
    });
    return () => {
      current = false;
    };
  }, [approved]);

  if (changes.length === 0) return null;
  return (
    <OfferPanel
      key={approved.nonce}
      heading={`The MT of sentence ${approved.order} repeats in ${changes.length} other sentence${changes.length === 1 ? "" : "s"}: propose its approved text there?`}
      changes={changes}
      onApply={(segments) => applyRepeatsAction(approved.segmentId, segments)}
      onDismiss={onDismiss}
    />
  );
}
