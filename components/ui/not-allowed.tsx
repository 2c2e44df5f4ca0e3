import Link from "next/link";

export function NotAllowed() {
  return (
    <div className="card" role="alert">
      <h1>Not allowed</h1>
      <p>Your role does not allow you to open this page. Ask an admin if you need it.</p>
      <p><Link href="/">Back to the documents</Link></p>
    </div>
  );
}
