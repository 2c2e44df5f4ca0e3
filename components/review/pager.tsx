import Link from "next/link";

/** Previous / next links that keep the page's other query parameters. */
export function Pager({ page, pageCount, path, query }: { page: number; pageCount: number; path: string; query: Record<string, string | undefined> }) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
    params.set("page", String(target));
    return `${path}?${params}`;
  };
  return (
    <nav aria-label="Pages" className="toolbar">
      {page > 1 ? <Link href={href(page - 1)}>← Previous page</Link> : <span />}
      <span className="muted">Page {page} of {pageCount}</span>
      {page < pageCount ? <Link href={href(page + 1)}>Next page →</Link> : <span />}
    </nav>
  );
}
