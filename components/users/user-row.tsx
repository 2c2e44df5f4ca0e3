"use client";

import { useActionState } from "react";
import { updateUserAction, type UserFormState } from "@/app/admin/users/actions";
import { FormMessage } from "./form-message";
import { RoleCheckboxes } from "./role-checkboxes";

type User = { id: string; name: string; email: string; roles: string[]; active: boolean };

export function UserRow({ user, self }: { user: User; self: boolean }) {
  const [state, action, pending] = useActionState<UserFormState, FormData>(updateUserAction, { ok: false, message: null });
  return (
    <tr>
      <td>
        <form action={action} className="inline-form">
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="intent" value="rename" />
          <label>
            <span className="visually-hidden">Name of {user.email}</span>
            <input type="text" name="name" defaultValue={user.name} required maxLength={120} size={16} />
          </label>
          {self ? " (you) " : " "}
          <button type="submit" className="secondary" disabled={pending}>Rename</button>
        </form>
      </td>
      <td>{user.email}</td>
      <td>
        <form action={action} className="inline-form">
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="intent" value="roles" />
          <RoleCheckboxes legend={`Roles of ${user.name}`} selected={user.roles} />
          <button type="submit" className="secondary" disabled={pending}>Save roles</button>
        </form>
        <FormMessage state={state} />
      </td>
      <td>
        <form action={action}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="intent" value={user.active ? "deactivate" : "activate"} />
          {user.active ? "Active " : "Deactivated "}
          {!self && <button type="submit" className="secondary" disabled={pending}>{user.active ? "Deactivate" : "Reactivate"}</button>}
        </form>
        {user.active && !self && (
          <form action={action}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="intent" value="invite" />
            <button type="submit" className="secondary" disabled={pending}>New sign-in link</button>
          </form>
        )}
      </td>
    </tr>
  );
}
