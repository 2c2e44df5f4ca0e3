// An audit event names its entity by database id; a backup names it by its place in the file instead
// ("segment:12" is the segment of order 12, "proposal:3" the proposal with ref 3, "user:ann@example.org").
// An id that names nothing in this document (a segment merged away) becomes "unresolved:<id>" and stays so.
import type { Backup } from "./backup-schema";

const KINDS: Record<string, string> = {
  Document: "document",
  Block: "block",
  Segment: "segment",
  Proposal: "proposal",
  Review: "review",
  Annotation: "annotation",
  User: "user",
  Assignment: "assignment",
  CommentThread: "thread",
  Comment: "comment",
  FindingDismissal: "findingDismissal",
  Glossary: "glossary",
};

// Files written before these kinds had references name them by the old installation's bare id.
const LATER_KINDS = new Set(["findingDismissal", "glossary"]);

const UNRESOLVED = "unresolved:";

/** Per kind ("segment", ...), database id -> key in the file, or the reverse when restoring. */
export type RefIndex = Record<string, Map<string, string>>;

export function emptyRefIndex(): RefIndex {
  return Object.fromEntries(Object.values(KINDS).map((kind) => [kind, new Map<string, string>()]));
}

/** The file's reference for an audit event's entity; entity types Verso does not keep in a backup pass through as they are. */
export function entityToRef(entityType: string, entityId: string, idToKey: RefIndex): string {
  const kind = KINDS[entityType];
  if (!kind) return entityId;
  if (entityId.startsWith(UNRESOLVED)) return entityId;
  const key = idToKey[kind].get(entityId);
  return key === undefined ? UNRESOLVED + entityId : `${kind}:${key}`;
}

/** The restored entity id for a reference, or null when the reference names nothing in the backup. */
export function refToEntity(entityType: string, ref: string, keyToId: RefIndex): string | null {
  const kind = KINDS[entityType];
  if (!kind || ref.startsWith(UNRESOLVED)) return ref;
  const separator = ref.indexOf(":");
  if (separator === -1 && LATER_KINDS.has(kind) && /^\d+$/.test(ref)) return UNRESOLVED + ref;
  if (separator === -1 || ref.slice(0, separator) !== kind) return null;
  return keyToId[kind].get(ref.slice(separator + 1)) ?? null;
}

/** Key -> restored id for everything a backup holds; `idOf` gives the id of a kind's key. */
export function refIndexFor(backup: Backup, idOf: (kind: string, key: string) => string): RefIndex {
  const keys: Record<string, (string | number)[]> = {
    document: ["1"],
    block: backup.blocks.map((block) => block.order),
    segment: backup.segments.map((segment) => segment.order),
    proposal: backup.proposals.map((proposal) => proposal.ref),
    review: backup.reviews.map((review) => review.ref),
    annotation: backup.annotations.map((annotation) => annotation.ref),
    user: backup.users.map((user) => user.email),
    assignment: backup.assignments.map((assignment) => assignment.ref),
    thread: backup.threads.map((thread) => thread.ref),
    comment: backup.comments.map((comment) => comment.ref),
    findingDismissal: backup.findingDismissals.map((dismissal) => dismissal.ref),
    glossary: backup.glossaries.map((glossary) => glossary.ref),
  };
  const index = emptyRefIndex();
  for (const [kind, list] of Object.entries(keys)) for (const key of list) index[kind].set(String(key), idOf(kind, String(key)));
  return index;
}
