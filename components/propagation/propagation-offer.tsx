"use client";

import { useEffect, useState } from "react";
import { applyReplacementAction, findPropagationAction } from "@/app/documents/[id]/propagation-actions";
import type { Propagation } from "@/lib/server/propagation/find-propagation";
import { OfferPanel } from "./offer-panel";

export type SavedEdit = { segmentId: number; order: number; before: string; after: string; nonce: number };

const others = (count: number) => `${count} other sentence${count === 1 ? "" : "s"}`;

function heading(offer: Propagation, order: number) {
  if (offer.bySource) return `The same name in the source is spelled “${offer.find}” in ${others(offer.changes.length)}: make it “${offer.replace}” there too?`;
  return `You replaced “${offer.find}” with “${offer.replace}” in sentence ${order}: apply to ${others(offer.changes.length)}?`;
}

/** After a save: "Sergey" → "Sergei" in N other sentences, offered once per phrase the editor replaced. */
export function PropagationOffer({ documentId, saved, onDismiss }: { documentId: number; saved: SavedEdit; onDismiss: () => void }) {
  const [offers, setOffers] = useState<Propagation[]>([]);
  useEffect(() => {
    let current = true;
    void findPropagationAction({ documentId, segmentId: saved.segmentId, before: saved.before, after: saved.after }).then((outcome) => {
      if (current && outcome.ok) setOffers(outcome.value);
    });
    return () => {
      current = false;
    };
  }, [documentId, saved]);

  const dismiss = (offer: Propagation) => {
    const rest = offers.filter((other) => other !== offer);
    setOffers(rest);
    if (rest.length === 0) onDismiss();
  };
  return offers.map((offer) => (
    <OfferPanel
      key={`${saved.nonce}:${offer.bySource}:${offer.find}`}
      heading={heading(offer, saved.order)}
      changes={offer.changes}
      onApply={(segments) => applyReplacementAction(documentId, offer.query, segments, "propagation")}
      onDismiss={() => dismiss(offer)}
    />
  ));
}
