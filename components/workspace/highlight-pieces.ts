// Splits a sentence into pieces so that overlapping flags can each draw their own underline lane.
export type Span = { start: number; end: number };
export type Piece = { start: number; end: number; covering: number[]; pointsBefore: number[] };

/** Lane per span: the lowest lane free of every earlier span it overlaps, so nested flags stack instead of hiding each other. */
export function assignLanes(spans: Span[]): number[] {
  const order = spans.map((_, index) => index).sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[a].end);
  const lanes: number[] = new Array(spans.length).fill(0);
  const placed: number[] = [];
  for (const index of order) {
    const taken = new Set(placed.filter((other) => spans[other].start < spans[index].end && spans[index].start < spans[other].end).map((other) => lanes[other]));
    let lane = 0;
    while (taken.has(lane)) lane++;
    lanes[index] = lane;
    placed.push(index);
  }
  return lanes;
}

/** Pieces of [0, length) cut at every span edge and extra cut; insertion points (start == end) attach to the piece after them. */
export function splitPieces(length: number, spans: Span[], cuts: number[] = []): Piece[] {
  const edges = new Set([0, length, ...cuts.filter((cut) => cut >= 0 && cut <= length)]);
  for (const span of spans) {
    edges.add(Math.min(span.start, length));
    edges.add(Math.min(span.end, length));
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i];
    const end = sorted[i + 1];
    const covering = spans.flatMap((span, index) => (span.start < span.end && span.start <= start && span.end >= end ? [index] : []));
    const pointsBefore = spans.flatMap((span, index) => (span.start === span.end && span.start === start ? [index] : []));
    pieces.push({ start, end, covering, pointsBefore });
  }
  const trailing = spans.flatMap((span, index) => (span.start === span.end && span.start === length && length > 0 ? [index] : []));
  if (trailing.length) pieces.push({ start: length, end: length, covering: [], pointsBefore: trailing });
  return pieces;
}
