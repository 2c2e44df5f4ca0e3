import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Verso", template: "%s · Verso" },
  description: "Clean up machine-translated documents and measure their quality.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site">
          <Link href="/" className="brand">Verso</Link>
          <nav aria-label="Main">
            <Link href="/">Documents</Link>
            <Link href="/documents/new">Import</Link>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
