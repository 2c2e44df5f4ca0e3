"use server";

import { revalidatePath } from "next/cache";
import { userMessage } from "@/lib/errors";
import { createUser } from "@/lib/server/users/create-user";
import { setUserActive, setUserRoles } from "@/lib/server/users/update-user";
import { createInviteLink } from "@/lib/server/users/create-invite-link";
import { currentActor } from "@/app/session";

/** inviteLink is a path; the form shows it with the page's own origin. */
export type UserFormState = { message: string | null; ok: boolean; inviteLink?: string | null };

const rolesOf = (form: FormData) => form.getAll("roles").map(String);

export async function createUserAction(_previous: UserFormState, form: FormData): Promise<UserFormState> {
  try {
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), roles: rolesOf(form) };
    const user = await createUser({ actor: await currentActor(), input: input as Parameters<typeof createUser>[0]["input"] });
    revalidatePath("/admin/users");
    return user.inviteLink
      ? { ok: true, message: `Created ${user.email}. Send them this link to choose a password (it works once, for 7 days):`, inviteLink: user.inviteLink }
      : { ok: true, message: `Created ${user.email}. Give them their password in person.` };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

export async function updateUserAction(_previous: UserFormState, form: FormData): Promise<UserFormState> {
  const userId = String(form.get("userId") ?? "");
  try {
    const actor = await currentActor();
    if (form.get("intent") === "invite") {
      const inviteLink = await createInviteLink({ actor, userId });
      return { ok: true, message: "A new sign-in link (works once, for 7 days):", inviteLink };
    }
    if (form.get("intent") === "roles") await setUserRoles({ actor, userId, roles: rolesOf(form) });
    else await setUserActive({ actor, userId, active: form.get("intent") === "activate" });
    revalidatePath("/admin/users");
    return { ok: true, message: "Saved." };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}
