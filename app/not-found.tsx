import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card">
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been moved, or the link is mistyped.</p>
      <p><Link href="/">Back to the documents</Link></p>
    </div>
  );
}
