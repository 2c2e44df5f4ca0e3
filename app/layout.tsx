import type { Metadata } from "next";
import Link from "next/link";
import { currentActor } from "@/app/session";
import { can } from "@/lib/server/auth/permissions";
import { SignOutButton } from "@/components/auth/sign-out-button";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Verso", template: "%s · Verso" },
  description: "Clean up machine-translated documents and measure their quality.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  return (
    <html lang="en">
      <body>
        <header className="site">
          <Link href="/" className="brand">Verso</Link>
          <nav aria-label="Main">
            {actor && <Link href="/">Documents</Link>}
            {can(actor, "document.import") && <Link href="/documents/new">Import</Link>}
            {can(actor, "user.manage") && <Link href="/admin/users">People</Link>}
          </nav>
          {actor && (
            <div className="who">
              <span>{actor.name} <span className="badge">{actor.roles.join(", ")}</span></span>
              <SignOutButton />
            </div>
          )}
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
