import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth/get-actor";
import { can, type Actor, type Permission } from "@/lib/server/auth/permissions";
import { INT4_MAX } from "@/lib/validations/common";

/** Once per request: the layout, the page and its metadata all ask, and each ask is a session and a user query. */
export const currentActor = cache(async (): Promise<Actor | null> => getActor(await headers()));

/** For pages: a signed-out visitor goes to the sign-in page and comes back afterwards. */
export async function requireSignedIn(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For pages a role may not see: the forbidden page, with status 403. */
export async function requirePagePermission(returnTo: string, permission: Permission): Promise<Actor> {
  const actor = await requireSignedIn(returnTo);
  if (!can(actor, permission)) forbidden();
  return actor;
}

/** A route's id segment: anything but a whole number that fits a row id is a page that does not exist. */
export function pageId(value: string): number {
  if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > INT4_MAX) notFound();
  return Number(value);
}
