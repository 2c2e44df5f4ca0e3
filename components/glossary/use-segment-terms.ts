"use client";

import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { SegmentTerms } from "@/lib/server/glossaries/get-segment-terms";
import type { TermHighlights } from "./term-text";

/** The open sentence's glossary terms, fetched when it opens and again when `refresh` changes (a glossary changed), as highlights of its source and MT (null: none). */
export function useSegmentTerms(documentId: number, segmentId: number, refresh = 0) {
  const [terms, setTerms] = useState<{ segmentId: number; value: SegmentTerms } | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`/documents/${documentId}/segments/${segmentId}/terms`, { cache: "no-store" })
      .then(async (response) => (response.ok ? ((await response.json()) as SegmentTerms) : null))
      .then((value) => live && value && setTerms({ segmentId, value }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [documentId, segmentId, refresh]);
  const value = terms?.segmentId === segmentId ? terms.value : null;
  return useMemo(() => ({ source: highlightsOf(value, "source"), mt: highlightsOf(value, "mt") }), [value]);
}

/** The MT's term highlights for SegmentText, given by the panel around the MT it shows. */
export const MtTermsContext = createContext<TermHighlights | null>(null);

export function useMtTerms() {
  return useContext(MtTermsContext);
}

function highlightsOf(terms: SegmentTerms | null, side: "source" | "mt"): TermHighlights | null {
  return terms && terms[side].length > 0 ? { entries: terms.entries, spans: terms[side] } : null;
}
