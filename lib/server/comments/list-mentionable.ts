import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { mentionablePeople } from "./mentionable-people";

/** The people a comment can mention, for the comment box's suggestions. */
export const listMentionable = defineUseCase(
  { name: "listMentionable", permission: "document.read", input: z.object({}), mode: "read" },
  ({ db }) => mentionablePeople(db),
);
