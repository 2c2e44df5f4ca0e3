"use client";

import { useActionState, useState } from "react";
import { importTmAction, type ImportTmState } from "@/app/tm/actions";
import { MAX_TMX_BYTES, tmxTooLargeMessage } from "@/lib/formats/tmx-bytes";

/** A TMX file into the memory; an oversized one is refused before it is sent. */
export function ImportTmForm() {
  const [state, action, pending] = useActionState<ImportTmState, FormData>(importTmAction, { ok: false, message: null });
  const [early, setEarly] = useState<string | null>(null);
  const message = early ?? state.message;
  return (
    <form action={action} className="stack card" onSubmit={(event) => early && event.preventDefault()}>
      {message && <p className={early || !state.ok ? "alert" : "notice"} role={early || !state.ok ? "alert" : "status"}>{message}</p>}
      <label>
        TMX file
        <input type="file" name="file" accept=".tmx,.xml" required onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          setEarly(file && file.size > MAX_TMX_BYTES ? tmxTooLargeMessage(file.size) : null);
        }} />
      </label>
      <div>
        <button type="submit" disabled={pending}>Import into the memory</button>
      </div>
    </form>
  );
}
