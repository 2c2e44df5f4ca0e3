import type { Actor } from "./permissions";

/**
 * Whoever runs the command line already holds the database, so on a database without any active admin the
 * `user` commands act as the installation itself: an admin that is no account, recorded in the audit log as nobody.
 */
export const COMMAND_LINE_ACTOR: Actor = { id: "verso-command-line", email: "", name: "Verso command line", roles: ["admin"] };

export function isCommandLineActor(actorId: string | null | undefined): boolean {
  return actorId === COMMAND_LINE_ACTOR.id;
}
