"use client";

import { linkSegmentsAction, unlinkSegmentAction } from "@/app/documents/[id]/actions";

type Props = {
  documentId: number;
  segment: { id: number; version: number };
  pending: boolean;
  run: (action: () => Promise<{ ok: boolean; message: string }>) => void;
};

/** A bilingual group's links: join it with a neighbouring group, or part its sentences again. */
export function LinkButtons({ documentId, segment, pending, run }: Props) {
  const input = { documentId, segmentId: segment.id, version: segment.version };
  return (
    <div className="row">
      <button type="button" className="secondary" disabled={pending} onClick={() => run(() => linkSegmentsAction({ ...input, direction: "previous" }))}>
        Link with the previous group
      </button>
      <button type="button" className="secondary" disabled={pending} onClick={() => run(() => linkSegmentsAction({ ...input, direction: "next" }))}>
        Link with the next group
      </button>
      <button type="button" className="secondary" disabled={pending} onClick={() => run(() => unlinkSegmentAction(input))}>
        Unlink
      </button>
    </div>
  );
}
