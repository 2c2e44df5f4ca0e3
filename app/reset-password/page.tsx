import type { Metadata } from "next";
import { ChoosePasswordForm } from "@/components/auth/choose-password-form";
import { inviteLinkIsOpen } from "@/lib/server/users/mint-invite-link";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Choose your password" };

export default async function ChoosePasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="sign-in">
      <h1>Choose your password</h1>
      {!token ? (
        <p className="alert" role="alert">This link is incomplete. Ask your admin for a new invite link.</p>
      ) : (await inviteLinkIsOpen(token)) ? (
        <ChoosePasswordForm token={token} />
      ) : (
        <p className="alert" role="alert">This link has expired or was already used. Ask your admin for a new one.</p>
      )}
    </div>
  );
}
