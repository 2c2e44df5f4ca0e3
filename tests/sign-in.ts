import { getAuth } from "../lib/auth";
import type { Actor } from "../lib/server/auth/permissions";
import { TEST_PASSWORD } from "./factories";

let address = 0;

/** Signs a test person in through better-auth's handler and returns the cookie a browser would send. */
export async function sessionHeaders(actor: Actor): Promise<Headers> {
  const response = await getAuth().handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": `127.7.${process.pid % 250}.${++address % 250}` },
      body: JSON.stringify({ email: actor.email, password: TEST_PASSWORD }),
    }),
  );
  return new Headers({ cookie: response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ") });
}
