"use client";

import { createContext, useCallback, useContext, useState } from "react";
import { RepeatsOffer, type ApprovedSentence } from "@/components/propagation/repeats-offer";

const OfferRepeats = createContext<(sentence: Omit<ApprovedSentence, "nonce">) => void>(() => {});

/** The review queue's offer after an approval: the approved card leaves the queue, the offer stays above it. */
export function ReviewRepeats({ children }: { children: React.ReactNode }) {
  const [approved, setApproved] = useState<ApprovedSentence | null>(null);
  const offer = useCallback((sentence: Omit<ApprovedSentence, "nonce">) => setApproved({ ...sentence, nonce: Date.now() }), []);
  return (
    <OfferRepeats.Provider value={offer}>
      {approved && <RepeatsOffer key={approved.nonce} approved={approved} onDismiss={() => setApproved(null)} />}
      {children}
    </OfferRepeats.Provider>
  );
}

export const useOfferRepeats = () => useContext(OfferRepeats);
