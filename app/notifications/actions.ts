"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/app/run-action";
import { markMentionsRead } from "@/lib/server/comments/mark-mentions-read";

export type MarkReadState = { ok: boolean; message: string | null };

/** One notification (the form's mentionId) or, without one, all of them. */
export async function markReadAction(_previous: MarkReadState, form: FormData): Promise<MarkReadState> {
  const mentionId = form.get("mentionId");
  const outcome = await runAction((actor) => markMentionsRead({ actor, ...(mentionId ? { mentionIds: [mentionId as string] } : {}) }));
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath("/notifications");
  return { ok: true, message: null };
}
