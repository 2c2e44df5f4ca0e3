"use client";

import type { BilingualView } from "./use-bilingual-view";

const LABELS: Record<BilingualView, string> = { source: "Source", mt: "MT", both: "Both" };

export function ViewToggle({ view, onChange }: { view: BilingualView; onChange: (view: BilingualView) => void }) {
  return (
    <fieldset className="view-toggle">
      <legend>Show</legend>
      {(Object.keys(LABELS) as BilingualView[]).map((option) => (
        <label key={option} className="inline">
          <input type="radio" name="bilingual-view" value={option} checked={view === option} onChange={() => onChange(option)} /> {LABELS[option]}
        </label>
      ))}
    </fieldset>
  );
}
