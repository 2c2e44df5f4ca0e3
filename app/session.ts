import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth/get-actor";
import type { Actor } from "@/lib/server/auth/permissions";

export async function currentActor(): Promise<Actor | null> {
  return getActor(await headers());
}

/** For pages: a signed-out visitor goes to the sign-in page and comes back afterwards. */
export async function requireSignedIn(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
