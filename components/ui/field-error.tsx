import type { FieldErrors } from "@/lib/errors";

/** A field's messages, its items' too: a list field's error is keyed by the item's path (`forbidden.3`). */
export function fieldMessages(errors: FieldErrors | undefined, name: string): string[] {
  if (!errors) return [];
  return Object.entries(errors).flatMap(([key, messages]) => (key === name || key.startsWith(`${name}.`) ? messages : []));
}

/** The server's message for one field, next to it; the field points at it with aria-describedby. */
export function FieldError({ errors, name, id }: { errors?: FieldErrors; name: string; id: string }) {
  const messages = fieldMessages(errors, name);
  if (!messages.length) return null;
  return <span id={id} className="field-error" role="alert">{messages.join(" ")}</span>;
}

/** The attributes that tie a field to its error message when there is one. */
export function fieldProps(errors: FieldErrors | undefined, name: string, id: string) {
  return fieldMessages(errors, name).length ? { "aria-invalid": true, "aria-describedby": id } : {};
}

/** The form-level message, unless it only repeats what one of the form's own fields already shows next to it. */
export function formLevelMessage(message: string | null | undefined, errors: FieldErrors | undefined, shownFields: readonly string[]): string | null {
  if (!message) return null;
  return shownFields.some((name) => fieldMessages(errors, name).includes(message)) ? null : message;
}
