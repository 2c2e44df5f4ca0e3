"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { RepeatsOffer, type ApprovedSentence } from "@/components/propagation/repeats-offer";
import { UndoToast } from "@/components/workspace/undo-toast";
import { focusCard } from "./review-shortcuts";

/** `title`: the sentence's document, which the toast names, as the queue mixes documents. */
type Approved = Omit<ApprovedSentence, "nonce"> & { proposalId: number; title: string };

const OfferAfterApproval = createContext<(sentence: Approved) => void>(() => {});

/**
 * The review queue's offers after an approval: the approved card leaves the queue, while Undo (for ten seconds) and
 * the sentence's repeats stay above it. An undone approval brings the card back, and the keyboard carries on from it.
 */
export function AfterApproval({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const [approved, setApproved] = useState<ApprovedSentence & { proposalId: number; title: string } | null>(null);
  const [undoable, setUndoable] = useState(false);
  // The sentence whose card an undo brings back with the queue's next rendering.
  const restoring = useRef<number | null>(null);
  const offer = useCallback((sentence: Approved) => {
    setApproved({ ...sentence, nonce: Date.now() });
    setUndoable(true);
  }, []);
  const undoDone = useCallback((undone: boolean) => {
    setUndoable(false);
    if (!undone) return;
    restoring.current = approved?.segmentId ?? null;
    setApproved(null);
    router.refresh();
  }, [router, approved]);
  // The Undo button left with its toast, so focus fell to the page: the card that came back takes it, unless the person moved on.
  useEffect(() => {
    const segmentId = restoring.current;
    if (segmentId === null) return;
    const card = document.querySelector<HTMLElement>(`article[data-review-card][data-segment-id="${segmentId}"]`);
    if (!card) return;
    restoring.current = null;
    if (!document.activeElement || document.activeElement === document.body) focusCard(card);
  }, [children]);
  return (
    <OfferAfterApproval.Provider value={offer}>
      {approved && <RepeatsOffer key={approved.nonce} approved={approved} onDismiss={() => setApproved(null)} />}
      {approved && undoable && <UndoToast key={`undo-${approved.nonce}`} approval={approved} where={`sentence ${approved.order} of “${approved.title}”`} onDone={undoDone} />}
      {children}
    </OfferAfterApproval.Provider>
  );
}

export const useAfterApproval = () => useContext(OfferAfterApproval);
