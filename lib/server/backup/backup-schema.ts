// The backup file of one document. References inside it are positions and refs of the file itself,
// never database ids, so a backup restored elsewhere and exported again is the same file.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AnnotationState, AssignmentRole, BlockKind, ProposalState, ReviewDecision, Role, SegmentStatus } from "@/lib/generated/prisma/enums";
import { BACKUP_FORMAT } from "@/lib/formats/detect-format";
import { textSchema } from "@/lib/validations/common";
import { glossaryFieldsSchema, termFieldsSchema } from "@/lib/validations/glossary";

export { BACKUP_FORMAT };
export const BACKUP_VERSION = 1;

const offset = z.int().min(0);
const ref = z.int().min(1);
// Verso keeps emails in lower case; a backup edited by hand or from elsewhere may not, and must meet the same accounts.
const email = z.email().transform((address) => address.toLowerCase());
const timestamp = z.iso.datetime();
// Audit payloads and typology definitions are kept as they are, as whatever JSON the database holds.
const json = z.json() as z.ZodType<Prisma.JsonValue>;

const user = z.object({ email, name: z.string(), roles: z.array(z.enum(Role)) });

const document = z.object({
  title: z.string().min(1).max(300),
  sourceLanguage: z.string().min(1),
  targetLanguage: z.string().min(1),
  provenance: z.string().nullable(),
  fileName: z.string().nullable(),
  originalBytes: z.base64(),
  text: z.string(),
  /** A bilingual document's source as imported; absent for monolingual documents (and in files written before sources). */
  source: z.object({ text: z.string(), bytes: z.base64(), fileName: z.string().nullable() }).optional(),
  /** A document imported from a CAT file: its format (xliff-1.2, tmx, …) and the file's read-only parts. */
  file: z.object({ format: z.string().min(1), extras: json.nullable() }).optional(),
  crlf: z.boolean(),
  // Older backups predate bare-CR line ends.
  cr: z.boolean().default(false),
  bom: z.boolean(),
  segmentCount: z.int().min(0),
  createdBy: email.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const typology = z.object({ name: z.string().min(1), definition: json });

const block = z.object({ order: z.int(), kind: z.enum(BlockKind), start: offset, end: offset, text: z.string(), separator: z.string() });

const segment = z.object({
  order: z.int(),
  block: z.int(),
  start: offset,
  end: offset,
  mtText: z.string(),
  /** The aligned source sentence(s): a range of document.source.text. */
  source: z.object({ start: offset, end: offset }).optional(),
  /** The unit of the imported CAT file this segment is, and its placeholders' XML. */
  unit: z.object({ id: z.string(), codes: z.record(z.string(), z.string()).nullable() }).optional(),
  /** A segment's placeholders' markup when it is no unit of a file (an HTML import's sentences). */
  codes: z.record(z.string(), z.string()).optional(),
  status: z.enum(SegmentStatus),
  version: z.int().min(0),
  currentProposal: ref.nullable(),
  approvedProposal: ref.nullable(),
  updatedAt: timestamp,
});

const proposal = z.object({
  ref,
  segment: z.int(),
  author: email,
  text: z.string(),
  basedOn: ref.nullable(),
  state: z.enum(ProposalState),
  editedInReview: z.boolean(),
  /** Submitted over the checks' errors (lib/server/checks/proposal-check-errors.ts); absent otherwise. */
  checkOverride: z.object({ reason: z.string(), findings: z.array(z.object({ check: z.string(), text: z.string(), message: z.string() })) }).optional(),
  createdAt: timestamp,
});

const review = z.object({ ref, proposal: ref, reviewer: email, decision: z.enum(ReviewDecision), reason: z.string().nullable(), createdAt: timestamp });

const annotation = z.object({
  ref,
  segment: z.int(),
  author: email,
  start: offset,
  end: offset,
  category: z.string().min(1),
  subcategory: z.string().nullable(),
  severity: z.string().min(1),
  note: z.string(),
  state: z.enum(AnnotationState),
  resolvedBy: email.nullable(),
  resolutionNote: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const segmentTime = z.object({ segment: z.int(), user: email, activeMs: z.int().min(0), updatedAt: timestamp });

/** A check's finding an editor dismissed on a segment (by order): the check and the span of the MT text. */
const findingDismissal = z.object({
  ref,
  segment: z.int(),
  check: z.string().min(1).max(60),
  start: offset,
  end: offset,
  dismissedBy: email,
  reason: textSchema(),
  createdAt: timestamp,
});

/** A glossary attached to the document, checked as the glossary forms and import check it; restoring reuses one of the same name and languages. */
const glossary = z.object({
  ref,
  name: glossaryFieldsSchema.shape.name,
  sourceLanguage: glossaryFieldsSchema.shape.sourceLanguage.unwrap(),
  targetLanguage: glossaryFieldsSchema.shape.targetLanguage.unwrap(),
  terms: z.array(termFieldsSchema),
});

/** Who should edit or review which segments (orders), by when (a calendar day). */
const assignment = z.object({
  ref,
  assignee: email,
  role: z.enum(AssignmentRole),
  wholeDocument: z.boolean(),
  dueOn: z.iso.date().nullable(),
  segments: z.array(z.int()),
  createdBy: email.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
/** A comment thread: a segment's (by order) or the document's (segment null). */
const thread = z.object({ ref, segment: z.int().nullable(), resolvedBy: email.nullable(), resolvedAt: timestamp.nullable(), createdAt: timestamp });

const mention = z.object({ user: email, readAt: timestamp.nullable(), createdAt: timestamp });

const comment = z.object({ ref, thread: ref, author: email, body: z.string().min(1), createdAt: timestamp, mentions: z.array(mention) });

/** `entity` is a reference such as "segment:3" or "proposal:7" (see backup-refs.ts); `segment` is a segment order. */
const auditEvent = z.object({
  actor: email.nullable(),
  action: z.string().min(1),
  entityType: z.string().min(1),
  entity: z.string(),
  segment: z.int().nullable(),
  before: json.nullable(),
  after: json.nullable(),
  createdAt: timestamp,
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  document,
  typology: typology.nullable(),
  users: z.array(user),
  blocks: z.array(block).min(1),
  segments: z.array(segment).min(1),
  proposals: z.array(proposal),
  reviews: z.array(review),
  annotations: z.array(annotation),
  segmentTime: z.array(segmentTime),
  // Files written before dismissals and glossaries have none.
  findingDismissals: z.array(findingDismissal).default([]),
  glossaries: z.array(glossary).default([]),
  // Files written before assignments have none.
  assignments: z.array(assignment).default([]),
  // Backups written before comments have none.
  threads: z.array(thread).default([]),
  comments: z.array(comment).default([]),
  audit: z.array(auditEvent),
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupUser = Backup["users"][number];
export type BackupGlossary = Backup["glossaries"][number];
export type BackupAuditEvent = Backup["audit"][number];
