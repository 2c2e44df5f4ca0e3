"use client";

import { useActionState } from "react";
import { createUserAction, type UserFormState } from "@/app/admin/users/actions";
import { FormMessage } from "./form-message";
import { RoleCheckboxes } from "./role-checkboxes";

export function CreateUserForm() {
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUserAction, { ok: false, message: null });
  return (
    <form action={action} className="stack card">
      <FormMessage state={state} />
      <label>
        Name
        <input type="text" name="name" required maxLength={120} />
      </label>
      <label>
        Email
        <input type="email" name="email" required />
      </label>
      <label>
        First password (at least 8 characters), or leave empty to get an invite link
        <input type="password" name="password" minLength={8} autoComplete="new-password" />
      </label>
      <RoleCheckboxes legend="Roles" selected={["editor"]} />
      <div>
        <button type="submit" disabled={pending}>Add person</button>
      </div>
    </form>
  );
}
