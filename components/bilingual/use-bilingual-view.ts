"use client";

import { useEffect, useState } from "react";

export type BilingualView = "both" | "source" | "mt";
const KEY = "verso.bilingualView";
const VIEWS: readonly BilingualView[] = ["both", "source", "mt"];

/** The person's choice of source, MT or both, kept in this browser (it is a reading preference, not data). */
export function useBilingualView(): [BilingualView, (view: BilingualView) => void] {
  const [view, setView] = useState<BilingualView>("both");
  useEffect(() => {
    const stored = window.localStorage.getItem(KEY) as BilingualView | null;
    if (stored && VIEWS.includes(stored)) setView(stored);
  }, []);
  return [
    view,
    (next) => {
      setView(next);
      window.localStorage.setItem(KEY, next);
    },
  ];
}
