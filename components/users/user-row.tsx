"use client";

import { useActionState, useRef, type ReactNode } from "react";
import { updateUserAction, type UserFormState } from "@/app/admin/users/actions";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { FormMessage } from "./form-message";
import { RoleCheckboxes } from "./role-checkboxes";

type User = { id: string; name: string; email: string; roles: string[]; active: boolean; assignments: number };
type Intent = "rename" | "roles" | "activate" | "deactivate" | "invite";

/** One of the row's forms with its own outcome, shown under it: a message belongs to the form that was sent. */
type RowFormProps = { userId: string; intent: Intent; className?: string; confirm?: string | null; children: (pending: boolean) => ReactNode };

function RowForm({ userId, intent, className, confirm, children }: RowFormProps) {
  const [state, action, pending] = useActionState<UserFormState, FormData>(updateUserAction, { ok: false, message: null });
  const holder = useRef<HTMLDivElement>(null);
  useFocusAfterSubmit(holder, state.attempt);
  return (
    <div ref={holder}>
      <form action={action} className={className} onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="intent" value={intent} />
        {children(pending)}
      </form>
      <FormMessage state={state} />
    </div>
  );
}

/** Whose row a button acts on, for a screen reader's list of buttons, where four "Deactivate" could be anyone. */
function Whose({ children }: { children: ReactNode }) {
  return <span className="visually-hidden"> {children}</span>;
}

/** Deactivating releases the person's assignments for good, so it asks first when there are any. */
function leaving({ name, assignments: n }: User) {
  if (n === 0) return null;
  return `Deactivate ${name}? Their ${n === 1 ? "1 assignment" : `${n} assignments`} will be removed; reactivating them does not bring ${n === 1 ? "it" : "them"} back.`;
}

export function UserRow({ user, self }: { user: User; self: boolean }) {
  return (
    <tr>
      <td data-label="Name">
        <RowForm userId={user.id} intent="rename" className="inline-form">
          {(pending) => (
            <>
              <label>
                <span className="visually-hidden">Name of {user.email}</span>
                <input type="text" name="name" defaultValue={user.name} required maxLength={120} size={16} />
              </label>
              {self ? " (you) " : " "}
              <button type="submit" className="secondary" disabled={pending}>Rename<Whose>{user.email}</Whose></button>
            </>
          )}
        </RowForm>
      </td>
      <td data-label="Email">{user.email}</td>
      <td data-label="Roles">
        <RowForm userId={user.id} intent="roles" className="inline-form">
          {(pending) => (
            <>
              <RoleCheckboxes legend={`Roles of ${user.name}`} selected={user.roles} />
              <button type="submit" className="secondary" disabled={pending}>Save roles<Whose>of {user.name}</Whose></button>
            </>
          )}
        </RowForm>
      </td>
      <td data-label="Status">
        <RowForm userId={user.id} intent={user.active ? "deactivate" : "activate"} confirm={user.active ? leaving(user) : null}>
          {(pending) => (
            <>
              {user.active ? "Active " : "Deactivated "}
              {!self && <button type="submit" className="secondary" disabled={pending}>{user.active ? "Deactivate" : "Reactivate"}<Whose>{user.name}</Whose></button>}
            </>
          )}
        </RowForm>
        {user.active && !self && (
          <RowForm userId={user.id} intent="invite">
            {(pending) => <button type="submit" className="secondary" disabled={pending}>New sign-in link<Whose>for {user.name}</Whose></button>}
          </RowForm>
        )}
      </td>
    </tr>
  );
}
