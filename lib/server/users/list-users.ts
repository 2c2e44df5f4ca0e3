import { z } from "zod";
import { likeLiteral } from "@/lib/database/like-literal";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { pageSchema, textSchema } from "@/lib/validations/common";

export const PEOPLE_PAGE_SIZE = 50;

const input = z.object({
  query: textSchema().trim().max(200).optional().catch(undefined),
  page: pageSchema,
  pageSize: z.number().int().min(1).max(500).default(PEOPLE_PAGE_SIZE),
});

/** Newest first, so a person just added is on the first page; the search matches name or email. */
export const listUsers = defineUseCase({ name: "listUsers", permission: "user.manage", input, mode: "read" }, async ({ db, input: { query, page, pageSize } }) => {
  const text = query && likeLiteral(query);
  const where = text ? { OR: [{ name: { contains: text, mode: "insensitive" as const } }, { email: { contains: text, mode: "insensitive" as const } }] } : {};
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, name: true, email: true, roles: true, active: true, createdAt: true, _count: { select: { assignments: true } } },
    }),
  ]);
  // How many assignments each holds: deactivating removes them, so the page asks before it does.
  const people = users.map(({ _count, ...user }) => ({ ...user, assignments: _count.assignments }));
  return { users: people, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
});
