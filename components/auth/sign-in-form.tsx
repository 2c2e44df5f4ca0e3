"use client";

import { useState } from "react";
import { authClient } from "./auth-client";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // onSubmit rather than a form action: React resets a form after its action, which would empty the email field on a failed attempt.
  async function signIn(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setMessage(null);
    const { error } = await authClient.signIn.email({ email: String(form.get("email")), password: String(form.get("password")) });
    if (error) {
      setPending(false);
      setMessage(error.status === 429 ? "Too many sign-in attempts. Wait a minute, then try again." : "That email and password do not match an active account.");
      return;
    }
    // A full navigation, so the server renders the next page with the new session cookie.
    window.location.assign(returnTo);
  }

  return (
    <form onSubmit={signIn} className="stack card">
      {message && <p className="alert" role="alert">{message}</p>}
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
