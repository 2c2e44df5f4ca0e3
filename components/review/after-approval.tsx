"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useState } from "react";
import { RepeatsOffer, type ApprovedSentence } from "@/components/propagation/repeats-offer";
import { UndoToast } from "@/components/workspace/undo-toast";

type Approved = Omit<ApprovedSentence, "nonce"> & { proposalId: number };

const OfferAfterApproval = createContext<(sentence: Approved) => void>(() => {});

/**
 * The review queue's offers after an approval: the approved card leaves the queue, while Undo (for ten seconds) and
 * the sentence's repeats stay above it. An undone approval brings the card back.
 */
export function AfterApproval({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const [approved, setApproved] = useState<ApprovedSentence & { proposalId: number } | null>(null);
  const [undoable, setUndoable] = useState(false);
  const offer = useCallback((sentence: Approved) => {
    setApproved({ ...sentence, nonce: Date.now() });
    setUndoable(true);
  }, []);
  const undoDone = useCallback((undone: boolean) => {
    setUndoable(false);
    if (!undone) return;
    setApproved(null);
    router.refresh();
  }, [router]);
  return (
    <OfferAfterApproval.Provider value={offer}>
      {approved && <RepeatsOffer key={approved.nonce} approved={approved} onDismiss={() => setApproved(null)} />}
      {approved && undoable && <UndoToast key={`undo-${approved.nonce}`} approval={approved} onDone={undoDone} />}
      {children}
    </OfferAfterApproval.Provider>
  );
}

export const useAfterApproval = () => useContext(OfferAfterApproval);
