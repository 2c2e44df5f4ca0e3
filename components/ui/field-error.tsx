import type { FieldErrors } from "@/lib/errors";

/** The server's message for one field, next to it; the field points at it with aria-describedby. */
export function FieldError({ errors, name, id }: { errors?: FieldErrors; name: string; id: string }) {
  const messages = errors?.[name];
  if (!messages?.length) return null;
  return <span id={id} className="field-error">{messages.join(" ")}</span>;
}

/** The attributes that tie a field to its error message when there is one. */
export function fieldProps(errors: FieldErrors | undefined, name: string, id: string) {
  return errors?.[name]?.length ? { "aria-invalid": true, "aria-describedby": id } : {};
}
