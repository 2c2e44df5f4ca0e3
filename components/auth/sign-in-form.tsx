"use client";

import { useRef, useState } from "react";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { authClient } from "./auth-client";

export function SignInForm({ returnTo }: { returnTo: string }) {
  // `attempt` makes a repeated refusal a new message, so it is announced again and gets the focus again.
  const [message, setMessage] = useState<{ text: string; attempt: number } | null>(null);
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(form, message?.attempt);

  // onSubmit rather than a form action: React resets a form after its action, which would empty the email field on a failed attempt.
  async function signIn(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    const { error } = await authClient.signIn.email({ email: String(data.get("email")), password: String(data.get("password")) });
    if (error) {
      setPending(false);
      const text = error.status === 429 ? "Too many sign-in attempts. Wait a minute, then try again." : "That email and password do not match an active account.";
      setMessage((previous) => ({ text, attempt: (previous?.attempt ?? 0) + 1 }));
      return;
    }
    // A full navigation, so the server renders the next page with the new session cookie.
    window.location.assign(returnTo);
  }

  return (
    <form ref={form} onSubmit={signIn} className="stack card">
      {message && <p key={message.attempt} className="alert" role="alert" tabIndex={-1}>{message.text}</p>}
      <label>
        Email
        <input type="email" name="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input type="password" name="password" autoComplete="current-password" required />
      </label>
      <div>
        <button type="submit" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
      </div>
    </form>
  );
}
