"use client";

import { FieldError, fieldProps } from "@/components/ui/field-error";
import type { FieldErrors } from "@/lib/errors";
import { GlossaryForm } from "./glossary-form";

type Props = { glossaryId: number; name: string; sourceLanguage: string; targetLanguage: string };

const FIELDS = [
  { name: "name", label: "Name", maxLength: 200 },
  { name: "sourceLanguage", label: "Source language", maxLength: 35 },
  { name: "targetLanguage", label: "Target language", maxLength: 35 },
] as const;

/** A glossary's name and languages, each field with its own message. */
export function RenameGlossaryForm({ glossaryId, ...values }: Props) {
  const field = (errors: FieldErrors | undefined, typed: Record<string, string> | undefined, { name, label, maxLength }: (typeof FIELDS)[number]) => {
    const errorId = `glossary-${glossaryId}-${name}-error`;
    return (
      <label key={name}>
        {label}
        <input type="text" name={name} defaultValue={typed?.[name] ?? values[name]} required maxLength={maxLength} {...fieldProps(errors, name, errorId)} />
        <FieldError errors={errors} name={name} id={errorId} />
      </label>
    );
  };
  return (
    <GlossaryForm glossaryId={glossaryId} intent="rename" submit="Save" fields={FIELDS.map((f) => f.name)}>
      {(errors, typed) => FIELDS.map((f) => field(errors, typed, f))}
    </GlossaryForm>
  );
}
