"use client";

import { useActionState, useRef } from "react";
import { createUserAction, type UserFormState } from "@/app/admin/users/actions";
import { FieldError, fieldProps } from "@/components/ui/field-error";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { FormMessage } from "./form-message";
import { RoleCheckboxes } from "./role-checkboxes";

export function CreateUserForm() {
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUserAction, { ok: false, message: null });
  const errors = state.fieldErrors;
  const values = state.values;
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(form, state.attempt);
  // React clears a form after its action; drawn afresh with what was typed, a refused form keeps it (but the password).
  return (
    <form key={state.attempt ?? 0} ref={form} action={action} className="stack card">
      <FormMessage state={state} fields={["name", "email", "password", "roles"]} />
      <label>
        Name
        <input type="text" name="name" required maxLength={120} defaultValue={values?.name} {...fieldProps(errors, "name", "new-user-name-error")} />
        <FieldError errors={errors} name="name" id="new-user-name-error" />
      </label>
      <label>
        Email
        <input type="email" name="email" required maxLength={254} defaultValue={values?.email} {...fieldProps(errors, "email", "new-user-email-error")} />
        <FieldError errors={errors} name="email" id="new-user-email-error" />
      </label>
      <label>
        First password (at least 8 characters), or leave empty to get an invite link
        <input type="password" name="password" minLength={8} autoComplete="new-password" {...fieldProps(errors, "password", "new-user-password-error")} />
        <FieldError errors={errors} name="password" id="new-user-password-error" />
      </label>
      <RoleCheckboxes legend="Roles" selected={values?.roles ?? ["editor"]} />
      <FieldError errors={errors} name="roles" id="new-user-roles-error" />
      <div>
        <button type="submit" disabled={pending}>Add person</button>
      </div>
    </form>
  );
}
