"use client";

import { useActionState } from "react";
import { createUserAction, type UserFormState } from "@/app/admin/users/actions";
import { RoleCheckboxes } from "./role-checkboxes";

export function CreateUserForm() {
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUserAction, { ok: false, message: null });
  return (
    <form action={action} className="stack card">
      {state.message && <p className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>{state.message}</p>}
      <label>
        Name
        <input type="text" name="name" required maxLength={120} />
      </label>
      <label>
        Email
        <input type="email" name="email" required />
      </label>
      <label>
        First password (at least 8 characters)
        <input type="password" name="password" required minLength={8} autoComplete="new-password" />
      </label>
      <RoleCheckboxes legend="Roles" selected={["editor"]} />
      <div>
        <button type="submit" disabled={pending}>Add person</button>
      </div>
    </form>
  );
}
