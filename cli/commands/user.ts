import { getDb } from "../../lib/db";
import type { Role } from "../../lib/generated/prisma/enums";
import { COMMAND_LINE_ACTOR } from "../../lib/server/auth/command-line-actor";
import { getActorByEmail } from "../../lib/server/auth/get-actor-by-email";
import { createUser } from "../../lib/server/users/create-user";
import { listUsers } from "../../lib/server/users/list-users";
import { setUserActive } from "../../lib/server/users/set-user-active";
import { ROLES } from "../../lib/validations/user";
import { CliError, readFlag } from "../cli-error";
import { withDatabase } from "../with-database";

const USAGE = "usage: user add EMAIL --role ROLE[,ROLE] [--name NAME] | user list | user deactivate EMAIL  [--as EMAIL]";

/** The named account, the first active admin, or, on a database without one, the installation itself. */
async function userManager(as?: string) {
  if (as) return getActorByEmail(as);
  const admin = await getDb().user.findFirst({ where: { active: true, roles: { has: "admin" } }, select: { id: true } });
  return admin ? getActorByEmail() : COMMAND_LINE_ACTOR;
}

function rolesOf(value: string | undefined): Role[] {
  const roles = (value ?? "").split(",").map((role) => role.trim()).filter(Boolean);
  const unknown = roles.find((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown) throw new CliError(`"${unknown}" is not a role; use ${ROLES.join(", ")}.`);
  if (roles.length === 0) throw new CliError(`give a role with --role (${ROLES.join(", ")}).`);
  return roles as Role[];
}

function signInBase() {
  return process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
}

/** People for a real deployment: the first admin of an empty database, then anyone; a one-time link instead of a password. */
export async function userCommand(args: string[]) {
  const as = readFlag(args, "--as");
  const [action, ...rest] = args;
  if (action === "add") {
    const roles = rolesOf(readFlag(rest, "--role"));
    const name = readFlag(rest, "--name");
    const [email, ...extra] = rest;
    if (!email || extra.length > 0) throw new CliError(USAGE);
    const created = await withDatabase(async () => createUser({ actor: await userManager(as), email, name: name ?? email.split("@")[0], password: "", roles }));
    process.stdout.write(`Created ${created.email} (${roles.join(", ")}). One-time sign-in link, valid 7 days:\n${signInBase()}${created.inviteLink}\n`);
  } else if (action === "list" && rest.length === 0) {
    const users = await withDatabase(async () => {
      const actor = await userManager(as);
      const all = [];
      for (let page = 1, pageCount = 1; page <= pageCount; page++) {
        const listed = await listUsers({ actor, page, pageSize: 500 });
        all.push(...listed.users);
        pageCount = listed.pageCount;
      }
      return all;
    });
    for (const user of users.reverse()) process.stdout.write(`${user.email}\t${user.name}\t${user.roles.join(",")}\t${user.active ? "active" : "deactivated"}\n`);
  } else if (action === "deactivate" && rest.length === 1) {
    const email = rest[0].toLowerCase();
    const { removedAssignments } = await withDatabase(async () => {
      const user = await getDb().user.findUnique({ where: { email }, select: { id: true } });
      if (!user) throw new CliError(`there is no account ${email}.`);
      return setUserActive({ actor: await userManager(as), userId: user.id, active: false });
    });
    const released = removedAssignments === 0 ? "" : `; their ${removedAssignments} assignment${removedAssignments === 1 ? " was" : "s were"} removed`;
    process.stdout.write(`Deactivated ${email}: their sessions and sign-in links no longer work${released}.\n`);
  } else {
    throw new CliError(USAGE);
  }
}
