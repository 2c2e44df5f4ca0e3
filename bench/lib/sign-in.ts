import { TEST_PASSWORD } from "../../tests/factories";

/** Signs a bench account in over HTTP, as a browser would, and returns its cookie header. */
export async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
}
