import { AssigneeFilter } from "@/components/assignments/assignee-filter";
import styles from "./review.module.css";

type Options = { documents: { id: number; title: string }[]; authors: { id: string; name: string; email: string }[]; assignees: { id: string; name: string; email: string; waiting: number }[] };

/**
 * A plain GET form: the filters live in the URL, so a filtered queue can be bookmarked and paged. Keyed by the filters, as a
 * select's defaultValue only applies when it is first rendered, not when a link changes the URL.
 */
export function ReviewFilters({ options, documentId, authorId, assigned }: { options: Options; documentId?: number; authorId?: string; assigned?: string }) {
  return (
    <form key={`${documentId ?? ""}:${authorId ?? ""}:${assigned ?? ""}`} method="get" action="/review" className={styles.filters} aria-label="Filter the queue">
      <label>
        Document
        <select name="document" defaultValue={documentId ?? ""}>
          <option value="">All documents</option>
          {options.documents.map((document) => <option key={document.id} value={document.id}>{document.title}</option>)}
        </select>
      </label>
      <label>
        Author
        <select name="author" defaultValue={authorId ?? ""}>
          <option value="">Everyone</option>
          {options.authors.map((author) => <option key={author.id} value={author.id}>{author.name} ({author.email})</option>)}
        </select>
      </label>
      <AssigneeFilter assignees={options.assignees} assigned={assigned} />
      <button type="submit" className="secondary">Filter</button>
    </form>
  );
}
