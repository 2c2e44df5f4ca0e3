import type { Backup } from "./backup-schema";

/** What must hold of a backup's comments before any is restored: one thread per place, every ref and person known. */
export function checkCommentReferences(backup: Backup, invalid: (reason: string) => never, person: (email: string | null, where: string) => void) {
  const segments = new Set(backup.segments.map((segment) => segment.order));
  const places = new Set<number | null>();
  const refs = new Set<number>();
  for (const thread of backup.threads) {
    if (refs.has(thread.ref)) invalid("two threads have the same key.");
    refs.add(thread.ref);
    if (thread.segment !== null && !segments.has(thread.segment)) invalid(`thread ${thread.ref} is on segment ${thread.segment}, which is not in the file.`);
    if (places.has(thread.segment)) invalid(`two threads are on ${thread.segment === null ? "the document" : `segment ${thread.segment}`}.`);
    places.add(thread.segment);
    if ((thread.resolvedAt === null) !== (thread.resolvedBy === null)) invalid(`thread ${thread.ref} names a resolver without a time, or a time without one.`);
    person(thread.resolvedBy, `thread ${thread.ref}`);
  }
  const comments = new Set<number>();
  for (const comment of backup.comments) {
    if (comments.has(comment.ref)) invalid("two comments have the same key.");
    comments.add(comment.ref);
    if (!refs.has(comment.thread)) invalid(`comment ${comment.ref} is in thread ${comment.thread}, which is not in the file.`);
    if (comment.body.includes("\u0000")) invalid(`comment ${comment.ref} contains a NUL character.`);
    person(comment.author, `comment ${comment.ref}`);
    const mentioned = new Set<string>();
    for (const mention of comment.mentions) {
      if (mentioned.has(mention.user)) invalid(`comment ${comment.ref} mentions ${mention.user} twice.`);
      mentioned.add(mention.user);
      person(mention.user, `comment ${comment.ref}`);
    }
  }
}
