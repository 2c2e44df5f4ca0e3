"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { importDocumentAction, type ImportState } from "@/app/documents/new/actions";
import { FieldError, fieldProps, formLevelMessage } from "@/components/ui/field-error";
import { importTooLargeMessage, MAX_IMPORT_BYTES, uploadTooLargeMessage } from "@/lib/formats/import-size";

/** Checked before sending, so an oversized import gets Verso's message instead of meeting the server's request limit. */
function tooLarge(form: FormData): string | null {
  const file = form.get("file");
  const fileTooLarge = file instanceof File ? uploadTooLargeMessage(file) : null;
  if (fileTooLarge) return fileTooLarge;
  const source = form.get("sourceFile");
  if (source instanceof File && source.size > MAX_IMPORT_BYTES) return `Source: ${importTooLargeMessage(source.size, "file")}`;
  const bytes = new TextEncoder().encode(String(form.get("text") ?? "")).byteLength;
  return bytes > MAX_IMPORT_BYTES ? importTooLargeMessage(bytes, "text") : null;
}

const TEXT_FILES = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";
const CAT_FILES = ".xlf,.xliff,.sdlxliff,.mqxliff,.tmx,.tsv,.csv,.jsonl,application/xliff+xml";
const BACKUP_FILES = ".json,application/json";

function TextFileInput({ name, accept = TEXT_FILES, onChoose }: { name: string; accept?: string; onChoose: (file: File) => void }) {
  return (
    <input
      type="file"
      name={name}
      accept={accept}
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        if (file) onChoose(file);
      }}
    />
  );
}

export function ImportForm() {
  const [state, action, pending] = useActionState<ImportState, FormData>(importDocumentAction, { message: null });
  const [early, setEarly] = useState<string | null>(null);
  const message = early ?? formLevelMessage(state.message, state.fieldErrors, ["input.title", "input.sourceLanguage", "input.targetLanguage", "documentId"]);

  return (
    <form
      action={action}
      className="stack card"
      onChange={() => setEarly(null)}
      onSubmit={(event) => {
        const problem = tooLarge(new FormData(event.currentTarget));
        if (problem) {
          event.preventDefault();
          setEarly(problem);
        }
      }}
    >
      {message && <p className="alert" role="alert">{message}</p>}
      {!message && state.imported && (
        <p role="status">
          {state.imported.text} <Link href={state.imported.href}>Open the document</Link>
        </p>
      )}
      <label>
        Title
        <input type="text" name="title" maxLength={300} placeholder="Taken from the file name when empty" {...fieldProps(state.fieldErrors, "input.title", "import-title-error")} />
        <FieldError errors={state.fieldErrors} name="input.title" id="import-title-error" />
      </label>
      <label>
        Paste the machine-translated text
        <textarea name="text" spellCheck={false} />
      </label>
      <label>
        …or upload a UTF-8 file (up to 5 MiB): text, Markdown or an HTML page, or a bilingual file from a CAT tool (XLIFF 1.2 or 2.0, TMX,
        TSV or CSV with source and target columns, JSON lines with src and mt), which carries its own source
        <TextFileInput name="file" accept={`${TEXT_FILES},${CAT_FILES},${BACKUP_FILES}`} onChoose={(file) => setEarly(uploadTooLargeMessage(file))} />
      </label>
      <label>
        Source file (optional): the original the MT was translated from, UTF-8 text or HTML; Verso aligns it sentence by sentence
        <TextFileInput name="sourceFile" onChoose={(file) => setEarly(file.size > MAX_IMPORT_BYTES ? `Source: ${importTooLargeMessage(file.size, "file")}` : null)} />
      </label>
      <div className="row">
        <label>
          Source language
          <input type="text" name="sourceLanguage" defaultValue="ru" size={6} {...fieldProps(state.fieldErrors, "input.sourceLanguage", "import-source-error")} />
          <FieldError errors={state.fieldErrors} name="input.sourceLanguage" id="import-source-error" />
        </label>
        <label>
          Target language
          <input type="text" name="targetLanguage" defaultValue="en" size={6} {...fieldProps(state.fieldErrors, "input.targetLanguage", "import-target-error")} />
          <FieldError errors={state.fieldErrors} name="input.targetLanguage" id="import-target-error" />
        </label>
        <label>
          MT engine (if known)
          <input type="text" name="provenance" />
        </label>
      </div>
      <label>
        Into document (optional): the id of the document an uploaded XLIFF file was exported from; its changed targets
        become your proposals there instead of a new document
        <input type="text" name="intoDocumentId" inputMode="numeric" size={8} {...fieldProps(state.fieldErrors, "documentId", "import-into-error")} />
        <FieldError errors={state.fieldErrors} name="documentId" id="import-into-error" />
      </label>
      <div>
        <button type="submit" disabled={pending || early !== null}>{pending ? "Importing…" : "Import"}</button>
      </div>
    </form>
  );
}
