import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const returnTo = next?.startsWith("/") && !next.startsWith("//") ? next : "/";
  return (
    <div className="sign-in">
      <h1>Sign in to Verso</h1>
      <SignInForm returnTo={returnTo} />
    </div>
  );
}
