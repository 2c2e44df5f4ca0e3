// Severity is shown by colour AND by line pattern (dotted, dashed, solid, double), so it never depends on colour alone.
import type { CSSProperties } from "react";
import type { Typology } from "@/lib/metrics/typology";

const LOOKS = [
  { color: "#5b6572", on: 2, off: 3, thickness: 2, tint: "rgb(91 101 114 / 0.10)" },
  { color: "#9a6700", on: 6, off: 3, thickness: 2, tint: "rgb(212 160 23 / 0.16)" },
  { color: "#c2410c", on: 1, off: 0, thickness: 2, tint: "rgb(234 88 12 / 0.16)" },
  { color: "#b3261e", on: 1, off: 0, thickness: 4, tint: "rgb(179 38 30 / 0.18)" },
];

const LANE_PX = 5;

export function severityLook(typology: Typology, severity: string) {
  const index = typology.severities.findIndex((entry) => entry.name === severity);
  const rank = Math.min(Math.max(index, 0), LOOKS.length - 1);
  return { ...LOOKS[rank], rank };
}

/** Stacked underlines, one lane per overlapping flag, drawn as background layers of one inline span. */
export function underlineStyle(typology: Typology, flags: { severity: string; lane: number }[]): CSSProperties {
  if (flags.length === 0) return {};
  const looks = flags.map((flag) => ({ ...severityLook(typology, flag.severity), lane: flag.lane }));
  const strongest = looks.reduce((a, b) => (b.rank > a.rank ? b : a));
  const lines = looks.map((look) => `repeating-linear-gradient(90deg, ${look.color} 0 ${look.on}px, transparent ${look.on}px ${look.on + look.off}px)`);
  const maxLane = Math.max(...looks.map((look) => look.lane));
  return {
    backgroundImage: [...lines, `linear-gradient(${strongest.tint}, ${strongest.tint})`].join(", "),
    backgroundSize: [...looks.map((look) => `100% ${look.thickness}px`), "100% 100%"].join(", "),
    backgroundPosition: [...looks.map((look) => `0 calc(100% - ${look.lane * LANE_PX}px)`), "0 0"].join(", "),
    backgroundRepeat: "no-repeat",
    paddingBottom: `${maxLane * LANE_PX + 3}px`,
  };
}

