import type { Metadata } from "next";
import { requirePagePermission } from "@/app/session";
import { listUsers } from "@/lib/server/users/list-users";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRow } from "@/components/users/user-row";
import { Pager } from "@/components/review/pager";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePagePermission("/admin/users", "user.manage");
  const { q, page } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : undefined;
  const people = await listUsers({ actor, query, page });
  return (
    <>
      <h1>People</h1>
      <form role="search" className="toolbar" action="/admin/users">
        <label>
          Find a person <input type="search" name="q" defaultValue={query} placeholder="name or email" maxLength={200} />
        </label>
        <button type="submit" className="secondary">Find</button>
        <span className="muted">{people.total === 1 ? "1 person" : `${people.total} people`}{query ? ` match “${query}”` : ""}, newest first</span>
      </form>
      <table className="list stacked">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {people.users.map((user) => <UserRow key={user.id} user={user} self={user.id === actor.id} />)}
        </tbody>
      </table>
      <Pager page={people.page} pageCount={people.pageCount} path="/admin/users" query={{ q: query }} />
      <h2>Add a person</h2>
      <CreateUserForm />
    </>
  );
}
