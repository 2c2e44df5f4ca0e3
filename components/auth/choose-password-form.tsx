"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { passwordSchema } from "@/lib/validations/user";
import { authClient } from "./auth-client";

export function ChoosePasswordForm({ token }: { token: string }) {
  // `attempt` makes a repeated message a new one, so it is announced again and gets the focus again.
  const [message, setMessage] = useState<{ text: string; attempt: number } | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(form, message?.attempt);
  const fail = (text: string) => setMessage((previous) => ({ text, attempt: (previous?.attempt ?? 0) + 1 }));

  async function choose(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get("password"));
    if (password !== String(data.get("repeat"))) return fail("The two passwords differ.");
    const checked = passwordSchema.safeParse(password);
    if (!checked.success) return fail(checked.error.issues[0].message);
    setPending(true);
    const { error } = await authClient.resetPassword({ newPassword: password, token });
    setPending(false);
    // Only a refused token means the link is spent; anything else leaves it working for another try.
    if (error?.code === "INVALID_TOKEN") return fail("This link has expired or was already used. Ask your admin for a new one.");
    if (error) return fail("Your password could not be set; the link still works, so try again.");
    setDone(true);
  }

  if (done) return <p className="notice" role="status">Your password is set. <Link href="/sign-in">Sign in</Link>.</p>;
  return (
    <form ref={form} onSubmit={choose} className="stack card">
      {message && <p key={message.attempt} className="alert" role="alert" tabIndex={-1}>{message.text}</p>}
      <label>
        New password (at least 8 characters)
        <input type="password" name="password" autoComplete="new-password" required minLength={8} />
      </label>
      <label>
        The same password again
        <input type="password" name="repeat" autoComplete="new-password" required minLength={8} />
      </label>
      <div>
        <button type="submit" disabled={pending}>Set password</button>
      </div>
    </form>
  );
}
