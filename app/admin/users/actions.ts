"use server";

import { revalidatePath } from "next/cache";
import { AppError, type FieldErrors } from "@/lib/errors";
import { createInviteLink } from "@/lib/server/users/create-invite-link";
import { createUser } from "@/lib/server/users/create-user";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { setUserName } from "@/lib/server/users/set-user-name";
import { setUserRoles } from "@/lib/server/users/set-user-roles";
import type { CreateUserInput } from "@/lib/validations/user";
import { runAction } from "@/app/run-action";

/**
 * inviteLink is a path; the form shows it with the page's own origin. `values`: what was typed (never the password),
 * shown again after a refusal; `attempt` counts submissions, so the form is drawn afresh each time.
 */
export type UserFormState = {
  message: string | null;
  ok: boolean;
  inviteLink?: string | null;
  fieldErrors?: FieldErrors;
  values?: { name: string; email: string; roles: string[] };
  attempt?: number;
};

const rolesOf = (form: FormData) => form.getAll("roles").map(String) as CreateUserInput["roles"];
const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function createUserAction(previous: UserFormState, form: FormData): Promise<UserFormState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const outcome = await runAction((actor) =>
    createUser({ actor, name: text(form, "name"), email: text(form, "email"), password: text(form, "password"), roles: rolesOf(form) }),
  );
  if (!outcome.ok) {
    const values = { name: text(form, "name"), email: text(form, "email"), roles: rolesOf(form) };
    return { ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors, values, attempt };
  }
  revalidatePath("/admin/users");
  const user = outcome.value;
  return user.inviteLink
    ? { ok: true, message: `Created ${user.email}. Send them this link to choose a password (it works once, for 7 days):`, inviteLink: user.inviteLink, attempt }
    : { ok: true, message: `Created ${user.email}. Give them their password in person.`, attempt };
}

const INTENTS = ["invite", "roles", "rename", "activate", "deactivate"] as const;

export async function updateUserAction(previous: UserFormState, form: FormData): Promise<UserFormState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const userId = text(form, "userId");
  const intent = text(form, "intent");
  const outcome = await runAction(async (actor): Promise<UserFormState> => {
    if (!(INTENTS as readonly string[]).includes(intent)) throw new AppError("bad_input", "That is not something this form can do.");
    if (intent === "invite") return { ok: true, message: "A new sign-in link (works once, for 7 days); earlier links no longer work:", inviteLink: await createInviteLink({ actor, userId }) };
    if (intent === "roles") {
      const { removedAssignments: removed } = await setUserRoles({ actor, userId, roles: rolesOf(form) });
      return { ok: true, message: removed === 0 ? "Saved." : `Saved; ${removed} assignment${removed === 1 ? "" : "s"} for the role taken away ${removed === 1 ? "was" : "were"} removed.` };
    }
    if (intent === "rename") await setUserName({ actor, userId, name: text(form, "name") });
    else {
      const { removedAssignments: removed } = await setUserActive({ actor, userId, active: intent === "activate" });
      if (removed > 0) return { ok: true, message: `Saved; their ${removed} assignment${removed === 1 ? " was" : "s were"} removed.` };
    }
    return { ok: true, message: "Saved." };
  });
  if (!outcome.ok) return { ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors, attempt };
  if (!outcome.value.inviteLink) revalidatePath("/admin/users");
  return { ...outcome.value, attempt };
}
