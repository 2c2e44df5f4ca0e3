// The workspace's address: ?s=<segment id> names the open sentence (ids survive splits and merges of other
// sentences, unlike positions), status/category/severity/q/assignment the filters.
import { segmentQuerySchema, type SegmentFilters } from "@/lib/server/workspace/segment-query";

export type WorkspaceView = { segmentId: number | null; filters: SegmentFilters };

const FILTER_KEYS = ["status", "category", "severity", "q", "assignment"] as const;

/** The link to one sentence of a document, for every page that names a sentence. */
export function sentenceHref(documentId: number, segmentId: number) {
  return `/documents/${documentId}?s=${segmentId}`;
}

export function workspaceSearch({ segmentId, filters }: WorkspaceView) {
  const params = new URLSearchParams();
  if (segmentId !== null) params.set("s", String(segmentId));
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Reads an address (the page's search params or the browser's); unknown or malformed values are left out. */
export function readWorkspaceView(params: Record<string, string | string[] | undefined>): WorkspaceView {
  const one = (key: string) => (typeof params[key] === "string" ? params[key] : undefined);
  const s = Number(one("s"));
  const { status, category, severity, q, assignment } = segmentQuerySchema.parse(Object.fromEntries(FILTER_KEYS.map((key) => [key, one(key)])));
  return { segmentId: Number.isSafeInteger(s) && s > 0 ? s : null, filters: { status, category, severity, q, assignment } };
}

export function sameView(a: WorkspaceView, b: WorkspaceView) {
  return workspaceSearch(a) === workspaceSearch(b);
}
