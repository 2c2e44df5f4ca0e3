"use client";

import Link from "next/link";
import { useState } from "react";
import { authClient } from "./auth-client";

export function ChoosePasswordForm({ token }: { token: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function choose(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password"));
    if (password !== String(form.get("repeat"))) return setMessage("The two passwords differ.");
    if (password.length < 8) return setMessage("The password needs at least 8 characters.");
    setPending(true);
    const { error } = await authClient.resetPassword({ newPassword: password, token });
    setPending(false);
    if (error) return setMessage("This link has expired or was already used. Ask your admin for a new one.");
    setDone(true);
  }

  if (done) return <p className="notice" role="status">Your password is set. <Link href="/sign-in">Sign in</Link>.</p>;
  return (
    <form onSubmit={choose} className="stack card">
      {message && <p className="alert" role="alert">{message}</p>}
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
