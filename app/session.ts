import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth/get-actor";
import type { Actor } from "@/lib/server/auth/permissions";

/** Once per request: the layout, the page and its metadata all ask, and each ask is a session and a user query. */
export const currentActor = cache(async (): Promise<Actor | null> => getActor(await headers()));

/** For pages: a signed-out visitor goes to the sign-in page and comes back afterwards. */
export async function requireSignedIn(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
