// One sentence per audit event, from its action and the before/after it recorded.
import type { ActivityEvent } from "@/lib/server/audit/list-document-activity";

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {});
const quote = (value: unknown) => (typeof value === "string" && value ? ` “${value}”` : "");

const ORIGIN: Record<string, string> = { replace: " by find and replace", propagation: " by propagation", repeat: " as a repeat of an approved sentence" };

const DESCRIBE: Record<string, (event: ActivityEvent, before: Json, after: Json) => string> = {
  "document.import": (_event, _before, after) => `imported the document (${after.segments ?? "?"} segments)`,
  "segment.split": () => "split the sentence in two",
  "segment.merge": () => "merged the sentence with the next one",
  "segment.link": (_event, _before, after) => `linked the group with the ${after.direction === "previous" ? "previous" : "next"} one`,
  "segment.unlink": () => "unlinked the group's source and MT sentences",
  "proposal.submit": (event, _before, after) => `proposed${quote(after.text)} (proposal ${event.entityId})${ORIGIN[String(after.origin)] ?? ""}`,
  "document.replace": (_event, _before, after) => `replaced${quote(after.find)} with${quote(after.replace) || " nothing"} across the document: ${after.proposals ?? "?"} proposals, ${after.skipped ?? 0} sentences left as they were`,
  "document.propagate": (_event, _before, after) => `applied${quote(after.find)} → ${quote(after.replace).trim()} to other sentences: ${after.proposals ?? "?"} proposals, ${after.skipped ?? 0} left as they were`,
  "document.repeat": (_event, _before, after) => `proposed the approved text${quote(after.text)} for ${after.proposals ?? "?"} repeats of the sentence`,
  "proposal.approve": (event) => `approved proposal ${event.entityId}`,
  "proposal.reject": (event, _before, after) => `rejected proposal ${event.entityId}: ${after.reason ?? "no reason"}`,
  "proposal.edit-in-review": (_event, before, after) => `edited proposal ${before.proposalId ?? "?"} in review to${quote(after.text)}`,
  "annotation.create": (_event, _before, after) => `flagged${quote(after.span)} as ${after.category ?? "an error"}${after.severity ? ` (${after.severity})` : ""}`,
  "annotation.update": (event) => `changed flag ${event.entityId}`,
  "annotation.delete": (event) => `deleted flag ${event.entityId}`,
  "annotation.resolve": (event, _before, after) => `resolved flag ${event.entityId}${after.note ? `: ${after.note}` : ""}`,
  "assignment.create": (_event, _before, after) => `assigned ${after.sentences ?? "sentences"} to ${after.assignee ?? "someone"} to ${after.role ?? "work on"}${after.dueOn ? `, due ${after.dueOn}` : ""}`,
  "assignment.update": (_event, before, after) => `changed the assignment of ${before.sentences ?? "sentences"} to ${before.assignee ?? "someone"} (${before.role ?? "?"}${before.dueOn ? `, due ${before.dueOn}` : ""}) to ${after.sentences ?? "sentences"} for ${after.assignee ?? "someone"}${after.dueOn ? `, due ${after.dueOn}` : ", no due date"}`,
  "assignment.remove": (_event, before) => `removed the assignment of ${before.sentences ?? "sentences"} to ${before.assignee ?? "someone"} to ${before.role ?? "work on"}`,
  "annotation.dismiss": (event, _before, after) => `dismissed flag ${event.entityId}${after.note ? `: ${after.note}` : ""}`,
  "glossary.attach": (_event, _before, after) => `attached the glossary${quote(after.name)}`,
  "glossary.detach": (_event, before) => `detached the glossary${quote(before.name)}`,
  "glossary.create": (_event, _before, after) => `created the glossary${quote(after.name)}`,
  "glossary.update": (_event, before, after) => `renamed the glossary${quote(before.name)} to${quote(after.name)}`,
  "glossary.delete": (_event, before) => `deleted the glossary${quote(before.name)} (${before.terms ?? "?"} terms)`,
  "glossary.import": (_event, _before, after) => `imported${quote(after.fileName)} into a glossary: ${after.added ?? 0} added, ${after.updated ?? 0} updated`,
  "term.create": (_event, _before, after) => `added the term${quote(after.source)} → ${quote(after.preferred).trim()}`,
  "term.update": (_event, before, after) => `changed the term${quote(before.source)}: ${quote(before.preferred).trim()} → ${quote(after.preferred).trim()}`,
  "term.delete": (_event, before) => `deleted the term${quote(before.source)}`,
  "comment.create": (event, _before, after) =>
    `${event.segmentId === null ? "commented on the document" : "commented"}${quote(after.text)}${mentioned(after.mentions)}${after.reopened ? ", reopening the thread" : ""}`,
  "comment-thread.resolve": (event) => (event.segmentId === null ? "resolved the document's comment thread" : "resolved the sentence's comment thread"),
  "comment-thread.reopen": (event) => (event.segmentId === null ? "reopened the document's comment thread" : "reopened the sentence's comment thread"),
  "segment.confirm": () => "confirmed the MT unchanged",
  "segment.reopen": (_event, _before, after) => `reopened the sentence${after.reopenedProposalId ? ` (proposal ${after.reopenedProposalId} waits for review again)` : ""}`,
  "proposal.undo-approve": (event, _before, after) => `undid the approval of proposal ${event.entityId}${count(after.reopenedFlags, "flag", ", reopening ")}`,
  "annotation.resolve-on-approval": (event, _before, after) => `resolved ${count(after.annotationIds, "open flag") || "the open flags"} with the approval of proposal ${event.entityId}`,
  "finding.restore": (_event, before) => `restored the dismissed finding of the check ${before.check ?? "?"}${before.span ? ` on${quote(before.span)}` : ""}`,
  "finding.dismiss": (_event, _before, after) => `dismissed the check ${after.check ?? "finding"}${after.span ? ` on${quote(after.span)}` : ""}${after.reason ? `: ${after.reason}` : ""}`,
  "document.import-into": (_event, _before, after) => `imported${quote(after.fileName) || " a file"} into the document: ${after.proposals ?? "?"} proposals from ${after.units ?? "?"} units`,
  "document.restore": (_event, _before, after) => `restored the document from a backup (${after.segments ?? "?"} segments, ${after.proposals ?? "?"} proposals)`,
};

/** "2 flags" from a list of ids, with an optional lead-in; "" for none. */
function count(list: unknown, noun: string, lead = "") {
  return Array.isArray(list) && list.length > 0 ? `${lead}${list.length} ${noun}${list.length === 1 ? "" : "s"}` : "";
}

function mentioned(names: unknown) {
  return Array.isArray(names) && names.length > 0 ? `, mentioning ${names.join(", ")}` : "";
}

export function describeEvent(event: ActivityEvent) {
  const describe = DESCRIBE[event.action];
  return describe ? describe(event, asObject(event.before), asObject(event.after)) : `${event.action} on ${event.entityType} ${event.entityId}`;
}
