import { AppError } from "@/lib/errors";
import { backupSchema, BACKUP_FORMAT, BACKUP_VERSION, type Backup } from "./backup-schema";
import { assignmentProblem } from "./backup-assignments";
import { dismissalProblem } from "./backup-dismissals";
import { glossaryProblem } from "./backup-glossaries";
import { refIndexFor, refToEntity } from "./backup-refs";
import { typologyProblem } from "./backup-typology";
import { checkCommentReferences } from "./check-comment-references";

function invalid(reason: string): never {
  throw new AppError("bad_input", `The backup is not valid: ${reason}`);
}

/** Reads a backup file and checks that every reference in it names something in it; throws a bad_input AppError otherwise. */
export function parseBackup(json: string): Backup {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    invalid(`it is not JSON (${(error as Error).message}).`);
  }
  const { format, version } = (typeof value === "object" && value !== null ? value : {}) as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) invalid(`it is not a Verso backup (expected "format": "${BACKUP_FORMAT}").`);
  if (version !== BACKUP_VERSION) invalid(`it is a backup of version ${JSON.stringify(version)}; this Verso reads version ${BACKUP_VERSION}.`);
  const unstorable = unstorableText(value, "");
  if (unstorable !== null) invalid(`${unstorable} contains a NUL character or a lone surrogate, which no text can hold.`);
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    invalid(`${issue.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("").replace(/^\./, "")}: ${issue.message.replace(/\.$/, "")}.`);
  }
  checkReferences(parsed.data);
  return parsed.data;
}

/** Where the first text PostgreSQL cannot store is (the path, as the schema's messages write it), or null. */
function unstorableText(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") || !value.isWellFormed() ? path : null;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableText(item, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

function unique<T>(label: string, keys: T[]): Set<T> {
  const set = new Set(keys);
  if (set.size !== keys.length) invalid(`two ${label} have the same key.`);
  return set;
}

function checkReferences(backup: Backup) {
  const { document, users, blocks, segments, proposals, reviews, annotations, segmentTime, audit } = backup;
  const emails = unique("users", users.map((user) => user.email));
  const blockByOrder = new Map(blocks.map((block) => [block.order, block]));
  unique("blocks", blocks.map((block) => block.order));
  const segmentByOrder = new Map(segments.map((segment) => [segment.order, segment]));
  unique("segments", segments.map((segment) => segment.order));
  const proposalByRef = new Map(proposals.map((proposal) => [proposal.ref, proposal]));
  unique("proposals", proposals.map((proposal) => proposal.ref));
  unique("reviews", reviews.map((review) => review.ref));
  unique("annotations", annotations.map((annotation) => annotation.ref));
  unique("segment time rows", segmentTime.map((time) => `${time.segment} ${time.user}`));
  const person = (email: string | null, where: string) => {
    if (email !== null && !emails.has(email)) invalid(`${where} names ${email}, who is not in "users".`);
  };

  if (document.segmentCount !== segments.length) invalid(`the document counts ${document.segmentCount} segments, the file has ${segments.length}.`);
  person(document.createdBy, "the document");
  for (const block of blocks) {
    if (document.text.slice(block.start, block.end) !== block.text) invalid(`block ${block.order} does not match the document text at [${block.start}, ${block.end}).`);
  }
  for (const segment of segments) {
    const block = blockByOrder.get(segment.block);
    if (!block) invalid(`segment ${segment.order} is in block ${segment.block}, which is not in the file.`);
    if (segment.start < block.start || segment.end > block.end || document.text.slice(segment.start, segment.end) !== segment.mtText) {
      invalid(`segment ${segment.order} does not match the text of block ${block.order}.`);
    }
    if (segment.source && (!document.source || segment.source.start > segment.source.end || segment.source.end > document.source.text.length)) {
      invalid(`segment ${segment.order}'s source range is not in the document's source text.`);
    }
    for (const field of ["currentProposal", "approvedProposal"] as const) {
      const ref = segment[field];
      if (ref !== null && proposalByRef.get(ref)?.segment !== segment.order) invalid(`segment ${segment.order}'s ${field} is proposal ${ref}, which is not one of its proposals.`);
    }
    // Reports and exports take an approved segment's text from its approved proposal.
    if (segment.status === "approved" && segment.approvedProposal === null) invalid(`segment ${segment.order} is approved but its approvedProposal is null.`);
  }
  for (const proposal of proposals) {
    if (!segmentByOrder.has(proposal.segment)) invalid(`proposal ${proposal.ref} is for segment ${proposal.segment}, which is not in the file.`);
    if (proposal.basedOn !== null && !proposalByRef.has(proposal.basedOn)) invalid(`proposal ${proposal.ref} is based on proposal ${proposal.basedOn}, which is not in the file.`);
    person(proposal.author, `proposal ${proposal.ref}`);
  }
  for (const review of reviews) {
    if (!proposalByRef.has(review.proposal)) invalid(`review ${review.ref} is of proposal ${review.proposal}, which is not in the file.`);
    person(review.reviewer, `review ${review.ref}`);
  }
  for (const annotation of annotations) {
    const segment = segmentByOrder.get(annotation.segment);
    if (!segment) invalid(`annotation ${annotation.ref} is on segment ${annotation.segment}, which is not in the file.`);
    if (annotation.start > annotation.end || annotation.end > segment.mtText.length) invalid(`annotation ${annotation.ref} spans outside its segment's MT text.`);
    person(annotation.author, `annotation ${annotation.ref}`);
    person(annotation.resolvedBy, `annotation ${annotation.ref}`);
  }
  for (const time of segmentTime) {
    if (!segmentByOrder.has(time.segment)) invalid(`segment time names segment ${time.segment}, which is not in the file.`);
    person(time.user, "segment time");
  }
  const issue = dismissalProblem(backup, (email) => emails.has(email)) ?? glossaryProblem(backup) ?? typologyProblem(backup) ?? assignmentProblem(backup, (email) => emails.has(email));
  if (issue) invalid(issue);
  checkCommentReferences(backup, invalid, person);
  const keys = refIndexFor(backup, (_kind, key) => key);
  audit.forEach((event, i) => {
    person(event.actor, `audit event ${i + 1}`);
    if (event.segment !== null && !segmentByOrder.has(event.segment)) invalid(`audit event ${i + 1} names segment ${event.segment}, which is not in the file.`);
    if (refToEntity(event.entityType, event.entity, keys) === null) invalid(`audit event ${i + 1} names "${event.entity}", which is not in the file.`);
  });
}
