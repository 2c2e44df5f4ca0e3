import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/validations/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return (
    <div className="sign-in">
      <h1>Sign in to Verso</h1>
      <SignInForm returnTo={safeReturnPath(next)} />
    </div>
  );
}
